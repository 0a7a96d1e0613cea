/** The reader's figures on the 175th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 175. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT175 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 175, workbooks: HOLDOUT175 }, argv);
