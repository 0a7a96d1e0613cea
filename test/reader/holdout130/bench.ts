/** The reader's figures on the 130th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 130. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT130 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 130, workbooks: HOLDOUT130 }, argv);
