/** The reader's figures on the sixteenth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 16. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT16 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 16, workbooks: HOLDOUT16 }, argv);
