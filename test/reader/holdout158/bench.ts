/** The reader's figures on the 158th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 158. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT158 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 158, workbooks: HOLDOUT158 }, argv);
