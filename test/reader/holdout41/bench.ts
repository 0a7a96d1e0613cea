/** The reader's figures on the forty-first hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 41. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT41 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 41, workbooks: HOLDOUT41 }, argv);
