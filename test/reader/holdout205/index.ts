/**
 * The reader's 205-th, blind hold-out set: "事業承継・中小企業の経営支援・商工会議所との連携". A 産業振興部 商工労働課 office of みなと市 writes its four families in its own variant — a 基本施策事後評価シート with five indicator blocks stacked down the sheet (R2 現状値 … R8, 期待値 row marked ※R8は目標値, 目指す方向 ↑/↓, an empty 施策の達成状況 cell with last year's （C） beside), a 推進事業実績 table with R5 実績 / R6 数値目標 / R6 実績値 as labelled text (two measures in a cell, 未実施, 自己評価 letters), a 地方創生 KPI table of 目標値/実績値 rows under 事業開始前 and 令和N年3月末 columns with values as "236 件" and a KPI with "-" targets, and a 点検評価一覧 with 現況/実績 carrying their years, 目標（R8）, a 単位 column and a lower-is-better row said in its 説明; four shapes outside them (a monthly 相談窓口 月別実績表 with 年間目標, 合計, a fraction 達成率 and a hidden 前年度合計; indicators with years as rows and 目標|実績 pairs; one 事務事業評価シート per sheet with a 事業費 table above; a 経営実態調査 summary of 前回/目標/今回 shares with ◎○△× under a legend naming each band and a ↓ row said in 備考); and three traps (a 進捗管理表 with R7 目標/見込 and R8 目標 beside R6, a ↓ row and an R6 actual 集計中; ％ stored as fractions, a target in words 前年度実績以上, a ↓ row and a 百万円 unit said only by footnotes; 目標値（累計） rows beside 単年度 and 累計 actual rows, with a 単年度 indicator and a ↓ one).
 * Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a
 * clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 196.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 205, on commit 3a086d20, before any change to expectations):
 *   all hold-out 205                  357    99.2 %     0.8 %       0       3      0    10/11
 * (357 facts, 99.2 % right, 0.8 % wrong, none missed, 3 wrong facts silent, no reading-uncertain flag raised, 10 of 11
 * workbooks flagged as expected; 10 of 11 read right. h205-renkei-seika-percent: the target in words 前年度実績以上 read as no
 * target (target and grade null, not the R5 actual 142 with a flag) and the 百万円 unit said only by footnote ※2 not read, all silent).
 * No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout205Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout205Workbook };
export { holdout2Bytes as holdout205Bytes, runHoldout2 as runHoldout205 } from '../holdout2';

export const HOLDOUT205: Holdout205Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
