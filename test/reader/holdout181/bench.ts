/** The reader's figures on the 181st hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 181. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT181 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 181, workbooks: HOLDOUT181 }, argv);
