/** The reader's figures on the 83rd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 83. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT83 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 83, workbooks: HOLDOUT83 }, argv);
