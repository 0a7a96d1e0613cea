/**
 * The reader's 89th, blind hold-out set: "workbooks with several sheets that depend on each other". Four workbooks of the
 * four families laid out over several sheets (an 一覧 copying two 施策評価シート's 達成状況 by formula, with a 凡例 sheet; a
 * 総括表 of 自己評価 by formula with the text figures 「年12件以上」「79.6万人」 on one sheet per 課; KPI 目標値 and 実績値 on two
 * sheets, rows in another order and names written slightly differently 「転入者の数」; plan indicators per 基本目標 with 達成率
 * and 評価 formulas on a hidden 計算用 sheet and a 評価基準 sheet); four outside the families (an 入力 sheet copied into an 評価
 * sheet by formula with cached values, an 一覧 with one label/value card sheet per 施策 in 西暦 2024年度, a 表紙 with one
 * years-as-rows sheet per indicator, monthly figures summed into an annual sheet beside a hidden 計算用); three traps (a sheet
 * 「前年度」 first in the tab order, a 総括表 of stale 速報 figures against the 詳細 sheet's 確定値, 「施設利用者数」「教室参加者数」
 * on two sheets meaning different facilities). Written without looking at the reader, test/reader/layouts or the earlier
 * hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs
 * 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 89, on commit b0783cb, before any change to expectations):
 *   all hold-out 89                   436    93.6 %     9.6 %       0      38      4    11/11
 * (436 facts: 93.6 % right, 9.6 % wrong, 0 missed, 38 silent, 4 flags, 11/11 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout89Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout89Workbook };
export { holdout2Bytes as holdout89Bytes, runHoldout2 as runHoldout89 } from '../holdout2';

export const HOLDOUT89: Holdout89Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
