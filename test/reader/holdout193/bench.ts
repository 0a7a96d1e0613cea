/** The reader's figures on the 193rd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 193. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT193 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 193, workbooks: HOLDOUT193 }, argv);
