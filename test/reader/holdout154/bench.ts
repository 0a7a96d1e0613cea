/** The reader's figures on the 154th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 154. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT154 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 154, workbooks: HOLDOUT154 }, argv);
