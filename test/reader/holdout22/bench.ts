/** The reader's figures on the twenty-second hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 22. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT22 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 22, workbooks: HOLDOUT22 }, argv);
