/** The reader's figures on the 114th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 114. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT114 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 114, workbooks: HOLDOUT114 }, argv);
