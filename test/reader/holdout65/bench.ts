/** The reader's figures on the 65th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 65. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT65 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 65, workbooks: HOLDOUT65 }, argv);
