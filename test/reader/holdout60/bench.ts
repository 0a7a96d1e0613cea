/** The reader's figures on the 60th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 60. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT60 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 60, workbooks: HOLDOUT60 }, argv);
