/** The reader's figures on the 66th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 66. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT66 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 66, workbooks: HOLDOUT66 }, argv);
