/** The reader's figures on the 90th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 90. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT90 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 90, workbooks: HOLDOUT90 }, argv);
