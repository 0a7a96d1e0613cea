/** The reader's figures on the 191st hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 191. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT191 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 191, workbooks: HOLDOUT191 }, argv);
