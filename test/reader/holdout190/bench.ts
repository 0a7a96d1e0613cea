/** The reader's figures on the 190th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 190. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT190 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 190, workbooks: HOLDOUT190 }, argv);
