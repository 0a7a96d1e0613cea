/** The reader's figures on the 189th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 189. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT189 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 189, workbooks: HOLDOUT189 }, argv);
