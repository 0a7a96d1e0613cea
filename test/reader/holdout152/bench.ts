/** The reader's figures on the 152nd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 152. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT152 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 152, workbooks: HOLDOUT152 }, argv);
