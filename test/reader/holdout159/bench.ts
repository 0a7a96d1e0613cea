/** The reader's figures on the 159th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 159. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT159 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 159, workbooks: HOLDOUT159 }, argv);
