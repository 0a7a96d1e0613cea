/** The reader's figures on the 171st hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 171. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT171 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 171, workbooks: HOLDOUT171 }, argv);
