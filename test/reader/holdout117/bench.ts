/** The reader's figures on the 117th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 117. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT117 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 117, workbooks: HOLDOUT117 }, argv);
