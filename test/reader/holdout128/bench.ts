/** The reader's figures on the 128th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 128. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT128 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 128, workbooks: HOLDOUT128 }, argv);
