/** The reader's figures on the 105th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 105. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT105 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 105, workbooks: HOLDOUT105 }, argv);
