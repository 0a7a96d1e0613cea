/**
 * The reader's 189th, blind hold-out set: "孤独・孤立対策・地域の見守り・民生委員児童委員". Four family workbooks in a
 * 地域福祉 office's own variant: a 施策評価シート with four indicator blocks stacked down the sheet (目指す方向 arrows, a
 * survey indicator with 期待値 only in even years, one with only the R8 目標値) and its 施策の達成状況 cell; a 事業実績 table
 * with code, name and 概要 in one cell, labelled text figures, two measures in one cell and 未実施; a 地方創生 KPI table with
 * 目標値/実績値 rows under 年3月末 period columns; a 地域福祉計画 plan-indicator table with years in the 現況/実績 cells, 集計中
 * and a lower-is-better indicator said so in 指標の説明. Four outside the families: a 民生委員・児童委員 monthly activity
 * table (4月…3月, SUM formulas, 年間目標, 達成率); per-centre rows of 地域包括支援センター 見守り訪問 with a 見守り対象者数 column
 * and a centre opened mid-year without a target; ひきこもり相談支援 with years as rows and 目標/実績 column pairs; three
 * 事務事業評価シート forms, one per sheet. Three traps: a cumulative gatekeeper target with 単年度 and 累計 実績 rows and a
 * filled R7（見込） column; ％ stored as fractions with ↓ indicators, a target of 0 人 and a target only in words; and R6
 * actuals only as 実績見込 beside R5実績, one 集計中, with a 備考 making one indicator fewer-is-better.
 * Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a
 * clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 186.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 189, on commit 187b074, before any change to expectations):
 *   all hold-out 189                  369    90.2 %     0.0 %      36       0      0    11/11
 * (369 facts, 90.2 % right, none wrong, 36 missed, none silent, no reading-uncertain flags, all 11 workbooks flagged as
 * expected; 10 of 11 read right: h189-houkatsu-center-betsu, the per-centre rows, is missed whole).
 * No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout189Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout189Workbook };
export { holdout2Bytes as holdout189Bytes, runHoldout2 as runHoldout189 } from '../holdout2';

export const HOLDOUT189: Holdout189Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
