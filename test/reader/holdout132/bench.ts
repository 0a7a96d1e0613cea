/** The reader's figures on the 132nd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 132. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT132 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 132, workbooks: HOLDOUT132 }, argv);
