/** The reader's figures on the 143rd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 143. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT143 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 143, workbooks: HOLDOUT143 }, argv);
