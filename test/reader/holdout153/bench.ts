/** The reader's figures on the 153rd hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 153. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT153 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 153, workbooks: HOLDOUT153 }, argv);
