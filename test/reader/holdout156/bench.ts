/** The reader's figures on the 156th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 156. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT156 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 156, workbooks: HOLDOUT156 }, argv);
