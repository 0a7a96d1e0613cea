/** The reader's figures on the 50th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 50. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT50 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 50, workbooks: HOLDOUT50 }, argv);
