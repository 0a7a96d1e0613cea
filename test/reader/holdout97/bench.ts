/** The reader's figures on the 97th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 97. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT97 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 97, workbooks: HOLDOUT97 }, argv);
