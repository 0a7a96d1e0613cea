/** The reader's figures on the 94th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 94. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT94 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 94, workbooks: HOLDOUT94 }, argv);
