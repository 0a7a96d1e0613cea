/** The reader's figures on the 163rd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 163. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT163 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 163, workbooks: HOLDOUT163 }, argv);
