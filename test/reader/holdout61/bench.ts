/** The reader's figures on the 61st hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 61. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT61 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 61, workbooks: HOLDOUT61 }, argv);
