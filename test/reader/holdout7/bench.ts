/** The reader's figures on the seventh hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 7. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT7 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 7, workbooks: HOLDOUT7 }, argv);
