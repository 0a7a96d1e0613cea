/** The reader's figures on the 103nd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 103. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT103 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 103, workbooks: HOLDOUT103 }, argv);
