/** The reader's figures on the 148th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 148. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT148 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 148, workbooks: HOLDOUT148 }, argv);
