/** The reader's figures on the 80th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 80. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT80 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 80, workbooks: HOLDOUT80 }, argv);
