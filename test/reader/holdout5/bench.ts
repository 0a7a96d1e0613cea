/** The reader's figures on the fifth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 5. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT5 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 5, workbooks: HOLDOUT5 }, argv);
