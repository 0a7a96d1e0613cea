/** The reader's figures on the 84th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 84. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT84 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 84, workbooks: HOLDOUT84 }, argv);
