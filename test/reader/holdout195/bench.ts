/** The reader's figures on the 195th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 195. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT195 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 195, workbooks: HOLDOUT195 }, argv);
