/** The reader's figures on the 108th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 108. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT108 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 108, workbooks: HOLDOUT108 }, argv);
