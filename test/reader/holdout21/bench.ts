/** The reader's figures on the twenty-first hold-out set (the bench shared with hold-out 2). Run by node scripts/bench-reader-holdout.js 21. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT21 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 21, workbooks: HOLDOUT21 }, argv);
