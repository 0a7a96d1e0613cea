/** The reader's figures on the 34th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 34. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT34 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 34, workbooks: HOLDOUT34 }, argv);
