/**
 * The reader's 97th, blind hold-out set: "large workbooks" (大きなブック), the books evaluation offices really receive when a
 * whole city's evaluation comes in one file. Four workbooks of the four families (a 施策評価シート book of 20 policy sheets 1-1…5-3
 * behind a 目次 of hyperlinks, each with two to four stacked indicator blocks R2（基準値）…R7（目標値）, 実績値／期待値, 目指す方向
 * ↑／↓, an empty 達成状況 cell beside 「（A）」, one block with only the R7 目標値, hidden 集計用 and リスト sheets; a 事業実績 table of
 * 30 推進事業 under four 基本目標 heading rows, outlined, a page break after each, 令和4年度実績 then 令和5年度 数値目標／実績値 as text,
 * two-measure cells, 未実施, 集計中 and a 「－」 target; one KPI sheet of 60 KPIs with 目標値／実績値 rows over 令和2〜6年度 and
 * 基本目標／（１）施策 heading rows between outlined groups, a 隔年調査 「－」 and 集計中; an 教育振興基本計画 plan-indicator book of
 * three 基本目標 sheets with 施策 heading rows, 「75.0⏎（令和5年度）」, 目標の方向 増加／減少, written 評価 and a hidden グラフ用 sheet);
 * four outside them (25 事務事業評価シート No.01…No.25 of one form behind an 一覧 repeating each first 成果指標 with the same figures
 * and a 集計 sheet, 教室開催回数 and 延べ参加者数 on two sheets each, three targets 「－」 or blank; a 事務事業評価 総括表 of 令和6年度
 * with 活動指標 and 成果指標 side by side per project and the R4/R5 columns grouped and collapsed; an 環境基本計画 指標カルテ book of
 * 16 one-indicator sheets with years as rows 「2023（令和5）年度」 and 2024 速報値 behind a hyperlinked 目次; 組織目標 sheets for 10 課
 * with figures as text 「10時間以下」「年365件」 and written 達成度); three traps (an 一覧 (一次集計) whose figures for two indicators
 * disagree with the 個票 it says are authoritative, 「個票を正とします」; a 42-indicator 成果指標一覧 whose two header rows are pasted
 * again at each page break, once under 「（つづき）」; 16 project cards where 相談件数 and 延べ利用者数 each name indicators of two
 * projects and three projects have no 目標: blank, 「－」, 「目標設定なし」). Written without looking at the reader,
 * test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built,
 * read and scored as the earlier hold-outs (holdout2/kit.ts, holdout2/bench.ts).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 97, on commit c15a22f, before any change to expectations):
 *   all hold-out 97                  2660    95.8 %     1.4 %     103      33      2    10/11
 * (2,660 facts: 95.8 % right, 1.4 % wrong, 103 missed, 33 silent, 2 flags, 10/11 workbooks flagged as expected; 7 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout97Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout97Workbook };
export { holdout2Bytes as holdout97Bytes, runHoldout2 as runHoldout97 } from '../holdout2';

export const HOLDOUT97: Holdout97Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
