/** The reader's figures on the 89th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 89. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT89 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 89, workbooks: HOLDOUT89 }, argv);
