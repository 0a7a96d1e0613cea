/** The reader's figures on the 49th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 49. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT49 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 49, workbooks: HOLDOUT49 }, argv);
