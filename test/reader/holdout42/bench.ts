/** The reader's figures on the 42nd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 42. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT42 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 42, workbooks: HOLDOUT42 }, argv);
