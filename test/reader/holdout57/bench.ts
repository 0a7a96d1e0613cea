/** The reader's figures on the 57th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 57. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT57 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 57, workbooks: HOLDOUT57 }, argv);
