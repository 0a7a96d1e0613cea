/** The reader's figures on the 43rd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 43. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT43 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 43, workbooks: HOLDOUT43 }, argv);
