/**
 * The reader's 88th, blind hold-out set: "a year's intake from eight offices nobody has modelled yet" — the workbooks eight
 * different offices really keep. Four of the four families: a 政令市 経済観光局's 施策評価シート (six indicator blocks two across,
 * R2（現状値）…R7 with 実績値/期待値 rows, 「６８２」, 「2,914（速報値）」, a 減少 indicator marked only in its 説明), a 中核市 環境部's
 * 事務事業実績 (text targets 「出前講座　年２０回」, two measures in a cell, 未実施, 「80件以下」, 「約1,620人」, ｔ/t), a 一般市 (5万人)'s
 * 総合戦略 KPI (目標値/実績値 rows, R6 targets only, 「集計中」 出生率 with unit 「－」), a 町's 後期基本計画 成果指標 (実績値 with a 時点
 * column, one 令和4年度 figure, a 待機児童数 of 0 against 0, a 人口 target below its baseline). Four outside them: a 特別区's
 * 男女共同参画推進計画 (units only in the names, ↑↓－, 隔年調査 「－」), a 村's 子ども・子育て支援事業計画 (①量の見込み ②確保方策 ②－①
 * rows, the ② row evaluated), a 県の地域振興局's 観光 KPI (暦年 2022年/2023年/2024年 columns), a 後期高齢者医療広域連合's データヘルス
 * 計画 最終評価 (判定 A–E on its own scale, 「全市町村（35）」). Three traps: 実績 before 目標 under each year's heading, a 当初目標値
 * column beside the 見直し後目標値 that replaces it, ％ targets stored as fractions beside whole-number actuals.
 * Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk
 * reads (the samples README's rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 88, on commit b0783cb, before any change to expectations):
 *   all hold-out 88                   509    87.8 %     2.9 %      48       0      8    10/11
 * (509 facts: 87.8 % right, 2.9 % wrong, 48 missed, 0 silent, 8 flags, 10/11 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout88Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout88Workbook };
export { holdout2Bytes as holdout88Bytes, runHoldout2 as runHoldout88 } from '../holdout2';

export const HOLDOUT88: Holdout88Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
