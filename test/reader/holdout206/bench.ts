/** The reader's figures on the 206-th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 206. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT206 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 206, workbooks: HOLDOUT206 }, argv);
