/** The reader's figures on the 107th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 107. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT107 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 107, workbooks: HOLDOUT107 }, argv);
