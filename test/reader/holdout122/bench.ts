/** The reader's figures on the 122nd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 122. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT122 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 122, workbooks: HOLDOUT122 }, argv);
