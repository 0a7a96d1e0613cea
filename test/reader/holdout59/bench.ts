/** The reader's figures on the 59th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 59. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT59 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 59, workbooks: HOLDOUT59 }, argv);
