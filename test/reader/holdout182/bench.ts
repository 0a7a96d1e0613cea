/** The reader's figures on the 182nd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 182. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT182 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 182, workbooks: HOLDOUT182 }, argv);
