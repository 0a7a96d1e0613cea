/** The reader's figures on the 28th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 28. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT28 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 28, workbooks: HOLDOUT28 }, argv);
