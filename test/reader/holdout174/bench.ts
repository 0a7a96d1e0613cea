/** The reader's figures on the 174th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 174. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT174 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 174, workbooks: HOLDOUT174 }, argv);
