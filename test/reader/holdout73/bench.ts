/** The reader's figures on the 73rd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 73. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT73 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 73, workbooks: HOLDOUT73 }, argv);
