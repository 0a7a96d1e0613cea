/** The reader's figures on the 198-th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 198. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT198 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 198, workbooks: HOLDOUT198 }, argv);
