/** The reader's figures on the 78th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 78. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT78 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 78, workbooks: HOLDOUT78 }, argv);
