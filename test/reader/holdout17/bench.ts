/** The reader's figures on the seventeenth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 17. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT17 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 17, workbooks: HOLDOUT17 }, argv);
