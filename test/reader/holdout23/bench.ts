/** The reader's figures on the 23rd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 23. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT23 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 23, workbooks: HOLDOUT23 }, argv);
