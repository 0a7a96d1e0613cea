/** The reader's figures on the thirty-ninth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 39. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT39 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 39, workbooks: HOLDOUT39 }, argv);
