/** The reader's figures on the 187th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 187. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT187 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 187, workbooks: HOLDOUT187 }, argv);
