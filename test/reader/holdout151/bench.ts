/** The reader's figures on the 151st hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 151. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT151 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 151, workbooks: HOLDOUT151 }, argv);
