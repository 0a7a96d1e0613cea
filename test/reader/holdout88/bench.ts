/** The reader's figures on the 88th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 88. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT88 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 88, workbooks: HOLDOUT88 }, argv);
