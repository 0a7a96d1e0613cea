/**
 * The reader's 79th, blind hold-out set: a realistic year's intake for an evaluation office. Four workbooks of the known
 * families written by cities not yet seen (stacked 施策評価 indicator blocks with full-width period headings, 事務事業評価
 * with text targets and two measures in a cell, a KPI table with units in the cells, a plan-indicator table with year notes),
 * four plans outside the families (障害福祉計画 見込量, 地域福祉計画 ◎○△×, 橋梁長寿命化 with years as rows, 消防 with
 * 西暦 and full-width figures) and three traps (a target only in a note with ％ stored as 0.xx and a 「－」 for a survey not
 * held; 方向 words 抑制・改善・現状維持; an evaluated year before the latest year with figures and a 計 row over 地区 rows).
 * Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a
 * clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 79, on commit cc783a7, before any change to expectations):
 *   all hold-out 79                   425    92.2 %     7.8 %       0      29      4    10/11
 * (425 facts: 92.2 % right, 7.8 % wrong, 0 missed, 29 silent, 4 flags, 10/11 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout79Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { PLAN_WORKBOOKS } from './plans';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout79Workbook };
export { holdout2Bytes as holdout79Bytes, runHoldout2 as runHoldout79 } from '../holdout2';

export const HOLDOUT79: Holdout79Workbook[] = [...FAMILY_WORKBOOKS, ...PLAN_WORKBOOKS, ...TRAP_WORKBOOKS];
