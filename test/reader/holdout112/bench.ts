/** The reader's figures on the 112th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 112. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT112 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 112, workbooks: HOLDOUT112 }, argv);
