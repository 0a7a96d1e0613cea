/**
 * The reader's 59th, blind hold-out set (issue 16): the four known families as other city offices lay them out, three
 * workbooks each: 施策評価シート (stacked R3…R7 blocks with a 方向 cell, blocks tiled two across under 2021年度…2025年度,
 * blocks with the years down the rows and a 「（見込み）」 actual beside a 参考指標 block); 事業実績 tables (text targets and
 * actuals 「年4回」「約1,200人」「30件以上」「100%」 with the previous year's column beside, a mid-year table of 実績見込 with
 * units only in 「指標（単位）」 and a 減少 note, two 基本目標 tables stacked on one sheet); KPI tables (one plan-end target
 * with R2…R5 actuals across and 減少 only in a note, 目標 / 実績 / 達成率 row triplets with a 【参考】 KPI, 目標|実績 pairs under
 * merged year headings with next year's target filled); plan-indicator tables (中間目標 / 最終目標 with ◎○△ marks, two
 * actual columns with lower-is-better only in a note, standard-scale words with a 「延伸」 target and a （参考） row).
 * Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a
 * clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 59, on commit b25a124, before any change to expectations):
 *   all hold-out 59                   367    98.6 %     2.2 %       0       7      1    11/12
 * (367 facts: 98.6 % right, 2.2 % wrong (each spurious indicator adds one wrong fact beyond the expected ones),
 * 0 missed, 7 silent, 1 flag, 11/12 workbooks flagged as expected). No workbook or expectation was changed after the run.
 */
import type { Holdout2Workbook as Holdout59Workbook } from '../holdout2/kit';
import { FORM_WORKBOOKS } from './forms';
import { TABLE_WORKBOOKS } from './tables';

export type { Holdout59Workbook };
export { holdout2Bytes as holdout59Bytes, runHoldout2 as runHoldout59 } from '../holdout2';

export const HOLDOUT59: Holdout59Workbook[] = [...FORM_WORKBOOKS, ...TABLE_WORKBOOKS];
