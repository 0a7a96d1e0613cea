/** The reader's figures on the 87th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 87. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT87 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 87, workbooks: HOLDOUT87 }, argv);
