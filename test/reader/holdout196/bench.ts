/** The reader's figures on the 196th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 196. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT196 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 196, workbooks: HOLDOUT196 }, argv);
