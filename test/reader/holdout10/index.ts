/**
 * The reader's tenth, blind hold-out set (issue 16): the four known families as yet other offices
 * lay them out, plus three other shapes, written without looking at the reader, test/reader/layouts
 * or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored exactly as hold-outs 2 to 9 (groups matched by sheet and cell).
 * FIRST BLIND figure (npm run bench:reader:holdout10, before any change to expectations):
 *   all hold-out 10                   360    91.4 %     1.7 %      30       1      7     9/11
 * (360 facts: 91.4 % right, 1.7 % wrong, 30 missed, 1 silent, 7 flags, 9/11 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout10Workbook } from '../holdout2/kit';
import { FAMILY_AB_WORKBOOKS } from './families';
import { FAMILY_CD_WORKBOOKS } from './familiesCD';
import { OTHER_WORKBOOKS } from './others';

export type { Holdout10Workbook };
export { holdout2Bytes as holdout10Bytes, runHoldout2 as runHoldout10 } from '../holdout2';

export const HOLDOUT10: Holdout10Workbook[] = [...FAMILY_AB_WORKBOOKS, ...FAMILY_CD_WORKBOOKS, ...OTHER_WORKBOOKS];
