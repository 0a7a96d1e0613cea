/** The reader's figures on the eighteenth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 18. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT18 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 18, workbooks: HOLDOUT18 }, argv);
