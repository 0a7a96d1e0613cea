/** The reader's figures on the 160th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 160. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT160 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 160, workbooks: HOLDOUT160 }, argv);
