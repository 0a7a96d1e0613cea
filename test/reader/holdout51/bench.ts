/** The reader's figures on the 51st hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 51. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT51 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 51, workbooks: HOLDOUT51 }, argv);
