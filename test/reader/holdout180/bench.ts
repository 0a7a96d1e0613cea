/** The reader's figures on the 180th hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 180. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT180 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 180, workbooks: HOLDOUT180 }, argv);
