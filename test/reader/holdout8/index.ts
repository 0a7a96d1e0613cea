/**
 * The reader's eighth, blind hold-out set: the four known families as yet other offices lay them out
 * (A stacked/tiled/table policy sheets, B text figures, C year pairs, D western years) plus other shapes
 * (key/value form, a sheet per 基本目標, progress words under merged 分野, half-years, two-row indicators,
 * years as rows), written without looking at the reader, test/reader/layouts or earlier hold-outs' workbooks,
 * each with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-out 2.
 * First blind figure (npm run bench:reader:holdout8, before any change to expectations):
 *   workbook                        facts     right     wrong  missed  silent  flags  flag ok
 *   all hold-out 8                    329    76.6 %     9.1 %      59      16      7    10/12
 */
import type { Holdout2Workbook as Holdout8Workbook } from '../holdout2/kit';
import { OTHER_WORKBOOKS } from './others';
import { POLICY_WORKBOOKS } from './policy';
import { TABLE_WORKBOOKS } from './tables';

export type { Holdout8Workbook };
export { holdout2Bytes as holdout8Bytes, runHoldout2 as runHoldout8 } from '../holdout2';

export const HOLDOUT8: Holdout8Workbook[] = [...POLICY_WORKBOOKS, ...TABLE_WORKBOOKS, ...OTHER_WORKBOOKS];
