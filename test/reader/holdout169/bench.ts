/** The reader's figures on the 169th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 169. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT169 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 169, workbooks: HOLDOUT169 }, argv);
