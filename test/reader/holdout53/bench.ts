/** The reader's figures on the 53rd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 53. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT53 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 53, workbooks: HOLDOUT53 }, argv);
