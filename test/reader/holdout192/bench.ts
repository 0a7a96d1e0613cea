/** The reader's figures on the 192nd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 192. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT192 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 192, workbooks: HOLDOUT192 }, argv);
