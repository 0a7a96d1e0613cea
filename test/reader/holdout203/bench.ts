/** The reader's figures on the 203-th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 203. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT203 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 203, workbooks: HOLDOUT203 }, argv);
