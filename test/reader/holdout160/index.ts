/**
 * The reader's 160th, blind hold-out set: "博物館・美術館・動物園の運営". Four workbooks of the four families (a 令和５年度
 * 施策評価シート（評価対象期間：令和４年度） with five stacked blocks R2（現状値）…R7, 実績値／期待値 rows, 目指す方向 ↑（増加）／
 * ↓（減少） and an empty 達成状況評価 beside last year's 「（B）」; a 令和５年度 推進事業実績 of 特別展・出前授業・ナイトミュージアム
 * with text figures 「出前授業 ３４校」, 「開催 6回⏎参加者 954人」 and one 未実施; a 総合戦略 KPI table with 目標値／実績値 rows per
 * 令和3年度…令和6年度, 「171,250 人」「-」 and a 集計中; a ミュージアム振興計画 成果指標 table with 「42,150⏎（令和元年度）」,
 * 目標（R9） and 実績 with its year); four outside them (令和元年度 月別入館者数 per 施設 with SUM 年度計, 年間目標 and 「臨時休館」
 * months; a 動物公園 指定管理者評価シート with a 方向 column and ◎○△× under a legend by bands alone; a 美術館 入館者数等の推移 with
 * years as rows under two-row headings; 令和３年度 事務事業評価シート one 事業 per sheet); three traps (a 令和６年度 行政評価シート of
 * 令和５年度 with 令和４年度実績 and 令和６年度目標 columns, a target 「前年度実績以上」 and ％ as fractions; a 動物公園リニューアル
 * 計画 進捗管理表 with 単年度／累計 indicators and a 「R3～R4累計」 column; a 令和７年度 協議会資料 of 令和６年度 with figures in 備考
 * beside a 集計中 and ％ as fractions and text). Written without looking at the reader, test/reader/layouts or the earlier
 * hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 156.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 160, on commit bdd9b97, before any change to expectations):
 *   all hold-out 160                  327    92.7 %     0.0 %      24       0      0    11/11
 * (327 facts: 92.7 % right, 0.0 % wrong, 24 missed, 0 silent, 0 flags, 11/11 workbooks flagged as expected; 10 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout160Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout160Workbook };
export { holdout2Bytes as holdout160Bytes, runHoldout2 as runHoldout160 } from '../holdout2';

export const HOLDOUT160: Holdout160Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
