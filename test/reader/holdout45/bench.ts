/** The reader's figures on the forty-fifth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 45. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT45 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 45, workbooks: HOLDOUT45 }, argv);
