/** The reader's figures on the 162nd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 162. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT162 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 162, workbooks: HOLDOUT162 }, argv);
