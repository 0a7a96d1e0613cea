/** The reader's figures on the 100th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 100. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT100 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 100, workbooks: HOLDOUT100 }, argv);
