/** The reader's figures on the 86rd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 86. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT86 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 86, workbooks: HOLDOUT86 }, argv);
