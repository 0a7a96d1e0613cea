/** The reader's figures on the 139th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 139. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT139 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 139, workbooks: HOLDOUT139 }, argv);
