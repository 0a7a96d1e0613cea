/** The reader's figures on the 140th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 140. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT140 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 140, workbooks: HOLDOUT140 }, argv);
