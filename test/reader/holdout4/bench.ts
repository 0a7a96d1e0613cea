/** The reader's figures on the fourth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 4. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT4 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 4, workbooks: HOLDOUT4 }, argv);
