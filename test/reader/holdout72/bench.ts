/** The reader's figures on the 72nd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 72. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT72 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 72, workbooks: HOLDOUT72 }, argv);
