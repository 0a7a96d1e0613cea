/** The reader's figures on the 161st hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 161. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT161 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 161, workbooks: HOLDOUT161 }, argv);
