/** The reader's figures on the 63rd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 63. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT63 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 63, workbooks: HOLDOUT63 }, argv);
