/** The reader's figures on the 168th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 168. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT168 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 168, workbooks: HOLDOUT168 }, argv);
