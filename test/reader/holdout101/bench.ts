/** The reader's figures on the 101st hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 101. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT101 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 101, workbooks: HOLDOUT101 }, argv);
