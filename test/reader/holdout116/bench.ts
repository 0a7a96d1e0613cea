/** The reader's figures on the 116th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 116. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT116 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 116, workbooks: HOLDOUT116 }, argv);
