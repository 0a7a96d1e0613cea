/** The reader's figures on the 99th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 99. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT99 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 99, workbooks: HOLDOUT99 }, argv);
