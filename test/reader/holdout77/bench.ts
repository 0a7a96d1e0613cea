/** The reader's figures on the 77th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 77. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT77 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 77, workbooks: HOLDOUT77 }, argv);
