/** The reader's figures on the 98th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 98. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT98 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 98, workbooks: HOLDOUT98 }, argv);
