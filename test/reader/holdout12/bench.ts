/** The reader's figures on the twelfth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 12. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT12 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 12, workbooks: HOLDOUT12 }, argv);
