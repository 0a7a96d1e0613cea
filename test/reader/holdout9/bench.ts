/** The reader's figures on the ninth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 9. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT9 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 9, workbooks: HOLDOUT9 }, argv);
