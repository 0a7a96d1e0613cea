/** The reader's figures on the 126th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 126. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT126 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 126, workbooks: HOLDOUT126 }, argv);
