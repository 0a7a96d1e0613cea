/**
 * The reader's fourth, blind hold-out set (issue 16): the four known families as yet other offices
 * lay them out, plus four other shapes, written without looking at the reader, test/reader/layouts
 * or the earlier hold-outs' layouts, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored exactly as hold-outs 2 and 3 (groups matched by sheet and cell).
 */
import type { Holdout2Workbook as Holdout4Workbook } from '../holdout2/kit';
import { OTHER_WORKBOOKS } from './others';
import { POLICY_WORKBOOKS } from './policy';
import { TABLE_WORKBOOKS } from './tables';

export type { Holdout4Workbook };
export { holdout2Bytes as holdout4Bytes, runHoldout2 as runHoldout4 } from '../holdout2';

export const HOLDOUT4: Holdout4Workbook[] = [...POLICY_WORKBOOKS, ...TABLE_WORKBOOKS, ...OTHER_WORKBOOKS];
