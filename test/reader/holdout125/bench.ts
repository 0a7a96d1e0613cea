/** The reader's figures on the 125th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 125. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT125 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 125, workbooks: HOLDOUT125 }, argv);
