/** The reader's figures on the twenty-ninth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 29. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT29 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 29, workbooks: HOLDOUT29 }, argv);
