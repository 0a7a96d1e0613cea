/** The reader's figures on the 91st hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 91. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT91 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 91, workbooks: HOLDOUT91 }, argv);
