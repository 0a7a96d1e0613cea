/** The reader's figures on the 92nd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 92. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT92 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 92, workbooks: HOLDOUT92 }, argv);
