/** The reader's figures on the 68th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 68. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT68 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 68, workbooks: HOLDOUT68 }, argv);
