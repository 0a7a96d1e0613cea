/**
 * The reader's 187th, blind hold-out set: "食品ロス削減・フードバンク・フードドライブ". Four family workbooks as a ごみ減量推進課
 * writes them: a 施策評価シート with five indicator blocks two across (two ↓ 減少) and a 達成状況評価 cell; a 推進事業実績 table
 * with figures as text, a two-measure cell (ひとり親世帯 / 高齢者世帯), 未実施 and a hidden 達成率 column; a 地方創生 KPI table
 * under 令和X年3月末 columns with a "-" target and a lower-is-better KPI marked in 備考; a 点検評価一覧 with 現況 and 実績
 * carrying their years, one 目標（R8） and a 集計中. Four outside the families: a monthly フードドライブ table (months as rows,
 * 年間合計 / 年間目標 / 達成率 rows), a per-回収拠点 table (the facility is the indicator, one closed "－"), the フードバンク
 * 支援事業 years as rows with 目標 / 実績 column pairs, and three 事務事業評価シート one per sheet. Three traps: a 進捗管理表
 * with 累計 and 単年度 rows of the same measures and R6 actuals already filled, a 市民意識調査 with ％ stored as fractions, a
 * 前回調査 column, a "10％以下" target and a target in words (増加), and a 進捗状況 with an 実績見込（11月時点） column beside
 * the 確定 actual (one 確定 still 集計中) and a revised target "400（当初500）".
 * Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a
 * clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 186.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 187, on commit 187b074, before any change to expectations):
 *   all hold-out 187                  354    80.5 %     0.8 %      66       3      0    11/11
 * (354 facts, 80.5 % right, 0.8 % wrong (3 facts), 66 missed, 3 silent, no reading-uncertain flag, all 11 workbooks flagged
 * as expected; 7 of 11 read right: the per-拠点 table and the 意識調査 are missed whole, the 点検評価一覧 reads
 * 食品ロス削減に取り組む市民の割合 as lower-is-better, and the 見込 of a 集計中 actual is read as a provisional actual).
 * No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout187Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout187Workbook };
export { holdout2Bytes as holdout187Bytes, runHoldout2 as runHoldout187 } from '../holdout2';

export const HOLDOUT187: Holdout187Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
