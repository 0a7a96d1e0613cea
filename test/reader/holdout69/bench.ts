/** The reader's figures on the 69th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 69. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT69 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 69, workbooks: HOLDOUT69 }, argv);
