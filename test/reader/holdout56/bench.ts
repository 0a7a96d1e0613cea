/** The reader's figures on the 56th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 56. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT56 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 56, workbooks: HOLDOUT56 }, argv);
