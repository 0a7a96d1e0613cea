/** The reader's figures on the 127th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 127. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT127 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 127, workbooks: HOLDOUT127 }, argv);
