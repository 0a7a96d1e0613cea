/**
 * The reader's 76th, blind hold-out set: multi-year indicator tables where each year is a group of columns under a merged
 * year heading (目標値/実績値/達成度/評価, 計画/実績/差, 実績/目標/達成率 per year; a 「令和7年度（目標）」 group at the right
 * with only a target; a title year that is not the evaluated year; a per-year 評価 column that holds only last year's
 * grades), and tables with band targets (「80以上90以下」「3～5」「55～70」) and ceilings (「14以内」「90.0以下」, 0 人) with
 * actuals inside, below and above, graded by each workbook's own note for bands. Written without looking at the reader,
 * test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 76, on commit dda6f17, before any change to expectations):
 *   all hold-out 76                   470    97.9 %     2.1 %       0       9      1    10/11
 * (470 facts: 97.9 % right, 2.1 % wrong, 0 missed, 9 silent, 1 flag, 10/11 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout76Workbook } from '../holdout2/kit';
import { BAND_WORKBOOKS } from './bands';
import { YEAR_WORKBOOKS } from './years';

export type { Holdout76Workbook };
export { holdout2Bytes as holdout76Bytes, runHoldout2 as runHoldout76 } from '../holdout2';

export const HOLDOUT76: Holdout76Workbook[] = [...YEAR_WORKBOOKS, ...BAND_WORKBOOKS];
