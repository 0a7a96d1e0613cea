/** The reader's figures on the 202-th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 202. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT202 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 202, workbooks: HOLDOUT202 }, argv);
