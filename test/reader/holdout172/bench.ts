/** The reader's figures on the 172nd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 172. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT172 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 172, workbooks: HOLDOUT172 }, argv);
