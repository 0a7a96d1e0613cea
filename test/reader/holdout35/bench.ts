/** The reader's figures on the 35th hold-out set (the bench shared with hold-out 2). Run by node scripts/bench-reader-holdout.js 35. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT35 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 35, workbooks: HOLDOUT35 }, argv);
