/** The reader's figures on the 170th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 170. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT170 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 170, workbooks: HOLDOUT170 }, argv);
