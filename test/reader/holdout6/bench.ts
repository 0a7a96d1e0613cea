/** The reader's figures on the sixth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 6. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT6 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 6, workbooks: HOLDOUT6 }, argv);
