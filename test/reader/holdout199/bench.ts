/** The reader's figures on the 199-th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 199. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT199 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 199, workbooks: HOLDOUT199 }, argv);
