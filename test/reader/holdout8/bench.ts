/** The reader's figures on the eighth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 8. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT8 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 8, workbooks: HOLDOUT8 }, argv);
