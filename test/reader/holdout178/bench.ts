/** The reader's figures on the 178th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 178. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT178 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 178, workbooks: HOLDOUT178 }, argv);
