/** The reader's figures on the 124th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 124. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT124 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 124, workbooks: HOLDOUT124 }, argv);
