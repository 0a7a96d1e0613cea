/** The reader's figures on the 67th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 67. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT67 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 67, workbooks: HOLDOUT67 }, argv);
