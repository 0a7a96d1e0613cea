/** The reader's figures on the 120th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 120. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT120 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 120, workbooks: HOLDOUT120 }, argv);
