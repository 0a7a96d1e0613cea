/** The reader's figures on the 113nd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 113. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT113 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 113, workbooks: HOLDOUT113 }, argv);
