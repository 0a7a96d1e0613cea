/** The reader's figures on the 121st hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 121. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT121 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 121, workbooks: HOLDOUT121 }, argv);
