/** The reader's figures on the 95th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 95. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT95 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 95, workbooks: HOLDOUT95 }, argv);
