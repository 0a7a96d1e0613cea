/** The reader's figures on the thirty-eighth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 38. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT38 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 38, workbooks: HOLDOUT38 }, argv);
