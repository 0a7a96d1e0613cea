/** The reader's figures on the 164th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 164. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT164 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 164, workbooks: HOLDOUT164 }, argv);
