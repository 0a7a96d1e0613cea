/** The reader's figures on the 36th hold-out set (the bench shared with hold-out 2). Run by node scripts/bench-reader-holdout.js 36. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT36 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 36, workbooks: HOLDOUT36 }, argv);
