/** The reader's figures on the 142nd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 142. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT142 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 142, workbooks: HOLDOUT142 }, argv);
