/** The reader's figures on the 204-th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 204. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT204 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 204, workbooks: HOLDOUT204 }, argv);
