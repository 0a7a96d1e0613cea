/** The reader's figures on the 54th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 54. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT54 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 54, workbooks: HOLDOUT54 }, argv);
