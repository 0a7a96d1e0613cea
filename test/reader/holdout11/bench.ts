/** The reader's figures on the eleventh hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 11. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT11 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 11, workbooks: HOLDOUT11 }, argv);
