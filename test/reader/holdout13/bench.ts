/** The reader's figures on the thirteenth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 13. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT13 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 13, workbooks: HOLDOUT13 }, argv);
