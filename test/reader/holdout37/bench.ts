/** The reader's figures on the thirty-seventh hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 37. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT37 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 37, workbooks: HOLDOUT37 }, argv);
