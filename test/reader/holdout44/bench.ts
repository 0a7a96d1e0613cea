/** The reader's figures on the forty-fourth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 44. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT44 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 44, workbooks: HOLDOUT44 }, argv);
