/** The reader's figures on the 104th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 104. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT104 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 104, workbooks: HOLDOUT104 }, argv);
