/** The reader's figures on the 177th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 177. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT177 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 177, workbooks: HOLDOUT177 }, argv);
