/** The reader's figures on the 176th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 176. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT176 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 176, workbooks: HOLDOUT176 }, argv);
