/** The reader's figures on the twenty-seventh hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 27. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT27 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 27, workbooks: HOLDOUT27 }, argv);
