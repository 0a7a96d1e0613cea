/** The reader's figures on the 96th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 96. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT96 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 96, workbooks: HOLDOUT96 }, argv);
