/** The reader's figures on the 137th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 137. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT137 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 137, workbooks: HOLDOUT137 }, argv);
