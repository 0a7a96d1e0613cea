/** The reader's figures on the twenty-fourth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 24. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT24 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 24, workbooks: HOLDOUT24 }, argv);
