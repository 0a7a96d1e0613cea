/** The reader's figures on the 166th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 166. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT166 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 166, workbooks: HOLDOUT166 }, argv);
