/** The reader's figures on the 76th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 76. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT76 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 76, workbooks: HOLDOUT76 }, argv);
