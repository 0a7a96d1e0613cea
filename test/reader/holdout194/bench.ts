/** The reader's figures on the 194th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 194. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT194 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 194, workbooks: HOLDOUT194 }, argv);
