/** The reader's figures on the fortieth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 40. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT40 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 40, workbooks: HOLDOUT40 }, argv);
