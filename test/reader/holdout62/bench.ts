/** The reader's figures on the 62nd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 62. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT62 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 62, workbooks: HOLDOUT62 }, argv);
