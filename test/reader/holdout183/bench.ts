/** The reader's figures on the 183rd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 183. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT183 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 183, workbooks: HOLDOUT183 }, argv);
