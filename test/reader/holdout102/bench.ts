/** The reader's figures on the 102nd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 102. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT102 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 102, workbooks: HOLDOUT102 }, argv);
