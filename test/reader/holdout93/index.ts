/**
 * The reader's 93rd, blind hold-out set: "the first year of a new plan" (新しい計画の初年度: December 2026, the 令和8〜12年度
 * plans have just started and the old plans' last year, 令和7年度, is evaluated). Four workbooks of the four families (a 後期基本
 * 計画 施策評価シート for its final year with an R12（第3次計画目標） column after R7（目標値）, 「集計中」 and empty 達成状況評価
 * cells beside 「（B）」「（C）」; a 第5次実施計画 事業実績 with 事業区分 新規／継続, 令和7年度（数値目標｜実績値） and the
 * 次期計画's 令和8年度数値目標 to the right; a 第3期総合戦略 KPI table in its first year, 2025年度〜2029年度（目標年度） in 西暦
 * with a 基準値（2023年度） column and a 速報値; the old plan's 成果指標 with 「2,468⏎（令和6年）」 and the 第3次計画's 取扱い,
 * 指標名 and 目標（R12） to the right); four outside them (an 環境基本計画 最終評価 総括表 with a cover sheet, its own S〜D bands
 * and a 達成／未達成 column, 事務事業評価 cards with 令和8年度 目標 and 上半期実績（9月末） beside 令和7年度, a 男女共同参画
 * プラン with years as rows, the 第5次プラン's target rows below and the period on the cover only, an 教育振興基本計画 最終点検
 * in label｜value cards two across); three traps (the new plan's indicator list holding the old plan's final evaluation, with
 * 基準値（令和6年度）・中間目標（令和10年度）・目標値（令和12年度） beside it and 新規 indicators without an old target, a
 * 健康増進計画 最終評価 whose 「集計中」「－」 最終値 sit beside the new plan's 基準値（令和6年度）, 実績（見込）【5月時点】 and
 * 実績（確定値）【11月更新】 columns with the grade written from the forecast). Written without looking at the reader,
 * test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored as hold-outs 2 to 92.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 93, on commit a5d46cd, before any change to expectations):
 *   all hold-out 93                   597    91.5 %     9.2 %       0      23     16     7/11
 * (597 facts: 91.5 % right, 9.2 % wrong, 0 missed, 23 silent, 16 flags, 7/11 workbooks flagged as expected; 5 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout93Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout93Workbook };
export { holdout2Bytes as holdout93Bytes, runHoldout2 as runHoldout93 } from '../holdout2';

export const HOLDOUT93: Holdout93Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
