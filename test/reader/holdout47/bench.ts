/** The reader's figures on the 47th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 47. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT47 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 47, workbooks: HOLDOUT47 }, argv);
