/** The reader's figures on the 64th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 64. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT64 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 64, workbooks: HOLDOUT64 }, argv);
