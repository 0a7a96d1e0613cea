/** The reader's figures on the 135th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 135. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT135 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 135, workbooks: HOLDOUT135 }, argv);
