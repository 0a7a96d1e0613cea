/** The reader's figures on the 188th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 188. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT188 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 188, workbooks: HOLDOUT188 }, argv);
