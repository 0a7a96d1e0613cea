/** The reader's figures on the 70th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 70. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT70 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 70, workbooks: HOLDOUT70 }, argv);
