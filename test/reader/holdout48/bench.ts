/** The reader's figures on the 48th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 48. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT48 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 48, workbooks: HOLDOUT48 }, argv);
