/** The reader's figures on the 26th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 26. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT26 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 26, workbooks: HOLDOUT26 }, argv);
