/**
 * The reader's 87th, blind hold-out set: "each city's own grading scale and computed columns". Four workbooks of the four
 * families, each graded on the city's own scale (a 施策評価シート with S〜D on 進捗率 from a 基準値（R1）, a 事業実績 table
 * with text targets and 「達成」「概ね達成」「未達成」, a 総合戦略 KPI table with ★★★/★★/★ whose legend is a sheet 「凡例」,
 * a 男女共同参画プラン's plan indicators with a 5〜1 評価 on 進捗率, 5 best, legend on a sheet 「評価基準」); four outside the
 * families (達成率 and 評価 as formulas with cached values on bands 100/90/70 with a #DIV/0! and a #N/A, KPI targets written
 * as a change from the 基準値 with 進捗率 and ◎○△×, indicator cards with 逆指標 computed 目標÷実績 and S〜D, years as rows
 * with every ％ stored as a fraction under a % format); three traps (a 1〜5 評価 where 1 is best, written grades that
 * disagree with the sheet's own legend, a 達成率 column computed against last year's 目標値). Written without looking at the
 * reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's
 * rules: `existing` is the city's grade as written, `grade` the default rules'). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 87, on commit 0a70eef, before any change to expectations):
 *   all hold-out 87                   457    90.2 %     9.8 %       0      43      3    11/11
 * (457 facts: 90.2 % right, 9.8 % wrong, 0 missed, 43 silent, 3 flags, 11/11 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout87Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout87Workbook };
export { holdout2Bytes as holdout87Bytes, runHoldout2 as runHoldout87 } from '../holdout2';

export const HOLDOUT87: Holdout87Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
