/** The reader's figures on the 110th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 110. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT110 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 110, workbooks: HOLDOUT110 }, argv);
