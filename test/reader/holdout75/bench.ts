/** The reader's figures on the 75th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 75. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT75 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 75, workbooks: HOLDOUT75 }, argv);
