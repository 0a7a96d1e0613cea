/** The reader's figures on the 118th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 118. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT118 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 118, workbooks: HOLDOUT118 }, argv);
