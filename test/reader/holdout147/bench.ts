/** The reader's figures on the 147th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 147. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT147 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 147, workbooks: HOLDOUT147 }, argv);
