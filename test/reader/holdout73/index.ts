/**
 * The reader's 73rd, blind hold-out set: Excel as city halls actually use it, round two — the figures are ordinary, the way
 * the workbook is built is the trap. Workbooks of the four families and a few outside them, built with real Excel features:
 * 達成率 formulas with cached results, 期待値 cells referring to a protected 目標 sheet (=目標!F4), a KPI actual that is a
 * formula on a 集計 sheet, number formats carrying units (#,##0"人", 0.0"%", 0.0% with fractions stored, 0"年度" year
 * headings), 時点 headings and 把握時点 stored as date serials, hidden columns of last year's copy or the original target,
 * hidden rows of dropped indicators, collapsed outline rows of per-facility parts under SUM totals, names merged over two
 * rows, a 目次 sheet with hyperlinks to one sheet per 課, protected forms, notes with numbers in them, a sheet 2015–2030
 * across with frozen panes, text figures with odd spaces (「 1,034 件」, NBSP, ideographic space), and a print area that
 * cuts off this year's column. What is hidden is not what the clerk reads; a print area hides nothing on screen. Written
 * without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads
 * (the samples README's rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 73, on commit 50bde2e, before any change to expectations):
 *   all hold-out 73                   454    98.7 %     1.3 %       0       6      0    12/12
 * (454 facts: 98.7 % right, 1.3 % wrong, 0 missed, 6 silent, 0 flags, 12/12 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout73Workbook } from '../holdout2/kit';
import { OTHER_WORKBOOKS } from './others';
import { POLICY_WORKBOOKS } from './policy';
import { TABLE_WORKBOOKS } from './tables';

export type { Holdout73Workbook };
export { holdout2Bytes as holdout73Bytes, runHoldout2 as runHoldout73 } from '../holdout2';

export const HOLDOUT73: Holdout73Workbook[] = [...POLICY_WORKBOOKS, ...TABLE_WORKBOOKS, ...OTHER_WORKBOOKS];
