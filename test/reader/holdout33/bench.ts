/** The reader's figures on the thirty-third hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 33. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT33 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 33, workbooks: HOLDOUT33 }, argv);
