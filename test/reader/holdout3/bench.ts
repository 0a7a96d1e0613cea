/** The reader's figures on the third hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 3. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT3 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 3, workbooks: HOLDOUT3 }, argv);
