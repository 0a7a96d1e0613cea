/**
 * The reader's 126th, blind hold-out set: "国際交流・多文化共生・外国人住民支援". Four workbooks of the four families (a 令和４年度
 * 基本施策事後評価シート with two 施策 on two sheets, indicator blocks two across, R1…R7 with R2（現状値）, 実績値／期待値 rows
 * 「期待値⏎※R7は目標値」, full-width actuals and 未実施 on 5-4, empty 達成状況評価 cells beside last year's 「（B）」「（C）」; a
 * 令和６年度 事業実績 of 多文化共生・国際交流 projects with text figures 「相談件数 1,622件」, two measures 「研修会 4回⏎受講者 97人」,
 * one 未実施 and a R5 参考 column; a 第２期総合戦略 KPI table with 目標値／実績値 rows per 令和4年3月末…令和7年3月末, values
 * 「162 人」 and 「-」 targets; a 多文化共生推進プラン 成果指標 table with 「185⏎（令和3年度）」, 目標（R8） and a 集計中); four
 * outside them (事務事業評価シート one 事業 per sheet with 活動指標 and 成果指標, a 外国人総合相談センター 運営実績 with years as
 * rows, 「相談件数（件）」 headings over 目標／実績 and a 5年間計 row, 国際化推進計画 目標値 and 令和３年度 実績値 on two sheets
 * joined by 番号, a 国際交流センター 指定管理者評価シート of label–value blocks with written A–C); three traps (a 令和５年度評価
 * with a filled 令和6年度 見込 column and a 集計中 beside it, 意識調査 ％ stored as fractions with a 「増加」 target, a ↓ indicator
 * and 備考 figures, a 令和２年度 実績報告 with 単年度／累計 rows and the target on either row). Written without looking at the
 * reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's
 * rules). Built, read and scored as hold-outs 2 to 124.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 126, on commit 6a52afa, before any change to expectations):
 *   all hold-out 126                  329   100.0 %     0.0 %       0       0      1    10/11
 * (329 facts: 100.0 % right, 0.0 % wrong, 0 missed, 0 silent, 1 flag, 10/11 workbooks flagged as expected; 10 of the 11
 * workbooks read right: h126-trap-ruikei has every fact right but a reading-uncertain finding where none is expected, a
 * cumulative-single-year guess on G5 saying there is no 累計 actual though row 5 is the 累計 row). No expectation changed
 * after that run.
 */
import type { Holdout2Workbook as Holdout126Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout126Workbook };
export { holdout2Bytes as holdout126Bytes, runHoldout2 as runHoldout126 } from '../holdout2';

export const HOLDOUT126: Holdout126Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
