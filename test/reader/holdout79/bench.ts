/** The reader's figures on the 79th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 79. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT79 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 79, workbooks: HOLDOUT79 }, argv);
