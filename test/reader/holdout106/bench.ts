/** The reader's figures on the 106th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 106. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT106 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 106, workbooks: HOLDOUT106 }, argv);
