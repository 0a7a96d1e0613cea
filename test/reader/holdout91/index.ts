/**
 * The reader's 91st, blind hold-out set: "workbooks that came out of systems or were pasted together". Four workbooks of the
 * four families as they arrive after an export or a paste (a 施策評価シート exported by the 行政評価システム with its blocks
 * one under another and every figure a text cell 「14,620」「85.2%」「　312 」; the 事業実績 tables of three 課 pasted one under
 * another, each with its own 「■ 課名」 and heading row in its own column order; the 総合戦略 KPI as a long export, one row per
 * KPI × 年度 × 区分; a 健康増進計画's indicator table pasted from Word/PDF, full-width digits, units and year notes in the cells,
 * a name broken over two rows); four outside them (a wide export with headers 「R05_目標値」「R05_実績値」, codes and 0/1 flags,
 * no title, the year in the sheet name; the 財務会計システム's 事業別決算 with the 課's 成果指標 columns on the right; a plan's
 * targets beside actuals pasted from the statistics section, joined by code; a KPI pivot table pasted as values with subtotal
 * rows and a 総計 column, 2024年度); three traps (a long export with 見込値 beside 実績値 and one indicator with only its 目標値
 * for the evaluated year; 指標コード 01–03 repeated under two 施策 with different names on split 目標値／実績値 sheets, with
 * 前年度実績 beside 当年度実績; a 2023年度 export already carrying 2024's half-year actuals). Written without looking at the
 * reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's
 * rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 91, on commit 3c7d850, before any change to expectations):
 *   all hold-out 91                   453    72.0 %    16.1 %      84      50     10     7/11
 * (453 facts: 72.0 % right, 16.1 % wrong, 84 missed, 50 silent, 10 flags, 7/11 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout91Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout91Workbook };
export { holdout2Bytes as holdout91Bytes, runHoldout2 as runHoldout91 } from '../holdout2';

export const HOLDOUT91: Holdout91Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
