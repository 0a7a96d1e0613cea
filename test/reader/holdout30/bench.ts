/** The reader's figures on the thirtieth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 30. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT30 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 30, workbooks: HOLDOUT30 }, argv);
