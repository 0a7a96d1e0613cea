/** The reader's figures on the fourteenth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 14. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT14 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 14, workbooks: HOLDOUT14 }, argv);
