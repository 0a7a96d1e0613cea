/** The reader's figures on the 81st hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 81. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT81 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 81, workbooks: HOLDOUT81 }, argv);
