/** The reader's figures on the 58th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 58. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT58 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 58, workbooks: HOLDOUT58 }, argv);
