/** The reader's figures on the thirty-first hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 31. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT31 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 31, workbooks: HOLDOUT31 }, argv);
