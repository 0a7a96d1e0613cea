/** The reader's figures on the twentieth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 20. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT20 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 20, workbooks: HOLDOUT20 }, argv);
