/** The reader's figures on the 109th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 109. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT109 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 109, workbooks: HOLDOUT109 }, argv);
