/** The reader's figures on the 185th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 185. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT185 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 185, workbooks: HOLDOUT185 }, argv);
