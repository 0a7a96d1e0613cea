/** The reader's figures on the 74th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 74. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT74 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 74, workbooks: HOLDOUT74 }, argv);
