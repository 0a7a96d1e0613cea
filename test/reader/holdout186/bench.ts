/** The reader's figures on the 186th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 186. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT186 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 186, workbooks: HOLDOUT186 }, argv);
