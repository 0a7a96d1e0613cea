/** The reader's figures on the 123rd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 123. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT123 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 123, workbooks: HOLDOUT123 }, argv);
