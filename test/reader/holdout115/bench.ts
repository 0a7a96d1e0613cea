/** The reader's figures on the 115th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 115. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT115 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 115, workbooks: HOLDOUT115 }, argv);
