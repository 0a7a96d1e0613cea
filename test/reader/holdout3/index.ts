/**
 * The reader's third, blind hold-out set (issue 16): the four known families as other offices vary
 * them, plus four other shapes, written without looking at the reader, test/reader/layouts or the
 * first two hold-outs' layouts, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored exactly as hold-out 2 (groups matched by sheet and cell).
 */
import type { Holdout2Workbook as Holdout3Workbook } from '../holdout2/kit';
import { OTHER_WORKBOOKS } from './others';
import { POLICY_WORKBOOKS } from './policy';
import { TABLE_WORKBOOKS } from './tables';

export type { Holdout3Workbook };
export { holdout2Bytes as holdout3Bytes, runHoldout2 as runHoldout3 } from '../holdout2';

export const HOLDOUT3: Holdout3Workbook[] = [...POLICY_WORKBOOKS, ...TABLE_WORKBOOKS, ...OTHER_WORKBOOKS];
