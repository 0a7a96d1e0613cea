/** The reader's figures on the 200-th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 200. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT200 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 200, workbooks: HOLDOUT200 }, argv);
