/** The reader's figures on the 85th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 85. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT85 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 85, workbooks: HOLDOUT85 }, argv);
