/** The reader's figures on the 55th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 55. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT55 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 55, workbooks: HOLDOUT55 }, argv);
