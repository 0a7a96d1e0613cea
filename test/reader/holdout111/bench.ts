/** The reader's figures on the 111th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 111. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT111 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 111, workbooks: HOLDOUT111 }, argv);
