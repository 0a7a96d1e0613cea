/**
 * The reader's 72nd, blind hold-out set (issue 16): the four families as six more cities lay them out (a 政令市の区's
 * 施策評価シート with tiled indicator blocks, a 町's 実施計画事業 実績報告 in text, a 中核市's 創生総合戦略 KPI × 年度末, an
 * 一般市's 環境基本計画 plan indicators, another 一般市's 施策評価シート with 期待値/実績値 rows and ↗↘, a 特別区's 計画事業 in
 * 西暦 years) and six workbooks that invite a silent error a careful clerk still reads unambiguously (目標値 in 千人 beside
 * 実績値 in 人, 「1万2千人」「約1.1万人」 figures, an R9 目標値 column beside the R5 期待値, a 「－」 actual with its 見込 in the
 * next column and ▲▼ directions, written grades against the figures with two indicators of one name and 「8割」 targets, 西暦
 * and 令和 tables on one sheet with a 基準値 column and a 参考 indicator). Written without looking at the reader,
 * test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 72, on commit f49f04e, before any change to expectations):
 *   all hold-out 72                   482    95.2 %     4.8 %       0      14     10    11/12
 * (482 facts: 95.2 % right, 4.8 % wrong, 0 missed, 14 silent, 10 flags, 11/12 workbooks flagged as expected).
 * Convention alignment (session 36, no workbook changed): h72-trap-man-figures' 万 figures are expected in the target's unit
 * (6 / 5.8214 万冊, 2.4 / 2.6105 万人, 3 / 0.312 万人), the convention of hold-outs 2 and 50; the builder wrote 冊/人 in full.
 */
import type { Holdout2Workbook as Holdout72Workbook } from '../holdout2/kit';
import { CITY_WORKBOOKS } from './cities';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout72Workbook };
export { holdout2Bytes as holdout72Bytes, runHoldout2 as runHoldout72 } from '../holdout2';

export const HOLDOUT72: Holdout72Workbook[] = [...CITY_WORKBOOKS, ...TRAP_WORKBOOKS];
