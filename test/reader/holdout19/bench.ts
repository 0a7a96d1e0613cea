/** The reader's figures on the nineteenth hold-out set (the bench shared with hold-out 2). Run by scripts/bench-reader-holdout.js 19. */
import { benchHoldout } from '../holdout2/bench';
import { HOLDOUT19 } from './index';

export const main = (argv: string[]) => benchHoldout({ n: 19, workbooks: HOLDOUT19 }, argv);
