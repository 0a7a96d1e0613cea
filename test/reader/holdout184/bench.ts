/** The reader's figures on the 184th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 184. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT184 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 184, workbooks: HOLDOUT184 }, argv);
