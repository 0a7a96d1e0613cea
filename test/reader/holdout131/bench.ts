/** The reader's figures on the 131th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 131. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT131 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 131, workbooks: HOLDOUT131 }, argv);
