/** The reader's figures on the tenth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 10. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT10 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 10, workbooks: HOLDOUT10 }, argv);
