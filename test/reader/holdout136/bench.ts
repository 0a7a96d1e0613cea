/** The reader's figures on the 136th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 136. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT136 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 136, workbooks: HOLDOUT136 }, argv);
