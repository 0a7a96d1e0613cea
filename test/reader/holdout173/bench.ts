/** The reader's figures on the 173rd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 173. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT173 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 173, workbooks: HOLDOUT173 }, argv);
