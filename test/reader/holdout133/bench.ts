/** The reader's figures on the 133rd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 133. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT133 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 133, workbooks: HOLDOUT133 }, argv);
