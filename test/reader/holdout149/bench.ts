/** The reader's figures on the 149th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 149. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT149 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 149, workbooks: HOLDOUT149 }, argv);
