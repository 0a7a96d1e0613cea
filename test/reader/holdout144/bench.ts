/** The reader's figures on the 144th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 144. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT144 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 144, workbooks: HOLDOUT144 }, argv);
