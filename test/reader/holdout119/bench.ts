/** The reader's figures on the 119th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 119. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT119 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 119, workbooks: HOLDOUT119 }, argv);
