/** The reader's figures on the 93rd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 93. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT93 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 93, workbooks: HOLDOUT93 }, argv);
