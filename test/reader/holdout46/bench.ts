/** The reader's figures on the forty-sixth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 46. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT46 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 46, workbooks: HOLDOUT46 }, argv);
