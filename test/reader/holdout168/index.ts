/**
 * The reader's 168th, blind hold-out set: "浄化槽・し尿処理・生活排水対策". Four workbooks of the four families (a 令和４年度
 * 施策評価シート 「4-2 生活排水対策の推進」 with four stacked indicator blocks R2（現状値）…R7, 実績値／期待値 rows and an empty
 * 施策の達成状況 beside last year's 「（B）」; a 令和元年度 事業実績 of 浄化槽 subsidy projects with text figures 「補助基数 45基」,
 * 「出前講座 6回⏎参加者 254人」 and one 未実施; a 第２期生活排水処理基本計画 KPI table with 目標値／実績値 rows per 令和元年度…
 * 令和5年度, 「83.6 ％」 values, 「-」 targets and 中止; a 成果指標 table of 令和５年度 with 「82.3⏎（令和元年度）」, 目標（R9）,
 * ↑（増加）／↓（減少） and 集計中); four outside them (令和２年度 指標の推移 with years as rows and 目標／実績 pairs under
 * 「し尿収集量（kL）」 and a 減少 note, 令和６年度 事務事業評価シート one 事業 per sheet with 活動指標／成果指標 and 事業費（千円）,
 * a 令和４年度 実施状況 with indicators as columns, full-width digits and ○× of 達成／未達成, 環境基本計画 label／value cards of
 * 令和５年度 with a 減少 target of 0); three traps (a 令和６年度 効果検証シート of 令和５年度実績 with 令和6年度（6月末現在）
 * already filled, 単年度 and 累計 rows with ％ stored as fractions and 備考 figures, a 成果指標評価表 with a 「増加」 target,
 * 集計中, 「－」 and ◎○ under a legend of the 100／80／60 % bands with their words). Written without looking at the reader,
 * test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built,
 * read and scored as hold-outs 2 to 166.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 168, on commit fd789f8, before any change to expectations):
 *   all hold-out 168                  293    99.7 %     1.7 %       0       1      4    10/11
 * (293 facts: 99.7 % right, 1.7 % wrong, 0 missed, 1 silent, 4 flags, 10/11 workbooks flagged as expected; 9 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout168Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout168Workbook };
export { holdout2Bytes as holdout168Bytes, runHoldout2 as runHoldout168 } from '../holdout2';

export const HOLDOUT168: Holdout168Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
