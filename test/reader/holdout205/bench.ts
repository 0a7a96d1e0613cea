/** The reader's figures on the 205-th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 205. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT205 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 205, workbooks: HOLDOUT205 }, argv);
