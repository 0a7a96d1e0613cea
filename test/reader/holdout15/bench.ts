/** The reader's figures on the fifteenth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 15. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT15 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 15, workbooks: HOLDOUT15 }, argv);
