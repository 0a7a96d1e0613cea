/** The reader's figures on the 145th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 145. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT145 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 145, workbooks: HOLDOUT145 }, argv);
