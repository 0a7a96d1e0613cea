/** The reader's figures on the 138th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 138. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT138 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 138, workbooks: HOLDOUT138 }, argv);
