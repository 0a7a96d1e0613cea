/** The reader's figures on the 71st hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 71. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT71 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 71, workbooks: HOLDOUT71 }, argv);
