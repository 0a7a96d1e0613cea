/** The reader's figures on the 155th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 155. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT155 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 155, workbooks: HOLDOUT155 }, argv);
