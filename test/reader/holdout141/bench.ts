/** The reader's figures on the 141st hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 141. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT141 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 141, workbooks: HOLDOUT141 }, argv);
