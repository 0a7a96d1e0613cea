/** The reader's figures on the 146th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 146. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT146 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 146, workbooks: HOLDOUT146 }, argv);
