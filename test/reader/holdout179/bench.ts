/** The reader's figures on the 179th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 179. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT179 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 179, workbooks: HOLDOUT179 }, argv);
