/** The reader's figures on the 129th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 129. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT129 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 129, workbooks: HOLDOUT129 }, argv);
