/** The reader's figures on the 201-th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 201. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT201 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 201, workbooks: HOLDOUT201 }, argv);
