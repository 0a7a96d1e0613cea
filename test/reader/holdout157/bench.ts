/** The reader's figures on the 157th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 157. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT157 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 157, workbooks: HOLDOUT157 }, argv);
