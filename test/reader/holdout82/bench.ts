/** The reader's figures on the 82nd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 82. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT82 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 82, workbooks: HOLDOUT82 }, argv);
