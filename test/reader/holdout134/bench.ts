/** The reader's figures on the 134th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 134. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT134 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 134, workbooks: HOLDOUT134 }, argv);
