/** The reader's figures on the 25th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 25. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT25 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 25, workbooks: HOLDOUT25 }, argv);
