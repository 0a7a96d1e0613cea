/** The reader's figures on the 167th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 167. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT167 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 167, workbooks: HOLDOUT167 }, argv);
