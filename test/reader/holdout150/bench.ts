/** The reader's figures on the 150th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 150. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT150 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 150, workbooks: HOLDOUT150 }, argv);
