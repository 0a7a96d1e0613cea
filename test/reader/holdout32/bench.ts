/** The reader's figures on the thirty-second hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 32. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT32 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 32, workbooks: HOLDOUT32 }, argv);
