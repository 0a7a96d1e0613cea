/** The reader's figures on the 52nd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 52. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT52 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 52, workbooks: HOLDOUT52 }, argv);
