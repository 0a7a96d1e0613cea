/** The reader's figures on the 165th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 165. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT165 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 165, workbooks: HOLDOUT165 }, argv);
