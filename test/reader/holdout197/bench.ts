/** The reader's figures on the 197-th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 197. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT197 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 197, workbooks: HOLDOUT197 }, argv);
