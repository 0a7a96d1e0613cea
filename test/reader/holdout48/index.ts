/**
 * The reader's 48th, blind hold-out set (issue 16): the four known families, three workbooks each, written the way
 * other cities write them — A: a 令和６年度 sheet evaluating 令和５年度 with stacked blocks and a 方向性 cell, two 施策
 * stacked on one sheet as compact tables with ↑↓ and ratings in words, blocks with years as rows tiled two across;
 * B: projects on two rows (目標/実績 text), a 事務事業 list with an 活動指標 column and a ★ footnote, department
 * sheets with two measures in one cell; C: 目標/実績 pairs under 2021年度…2024年度, R4年度末…R6年度末 with units in
 * the cells and final-only targets, a plan counted in 1年目…5年目; D: 中間目標 and 最終目標 columns, unit and year
 * inside the cells, a health plan with no evaluation year (a guess). Written without looking at the reader,
 * test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's
 * rules). Built, read and scored as hold-outs 2 to 47.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 48, on commit 4c07260, before any change to expectations):
 *   all hold-out 48                   477    80.5 %     5.2 %      72      22      5    11/12
 * (477 facts: 80.5 % right, 5.2 % wrong, 72 missed, 22 silent, 5 flags, 11/12 workbooks flagged as expected).
 * The same reader once the expectations follow the project's conventions (written grades in the standard scale's words given as letters; lettersForScaleWords in
 * ../holdout2/kit.ts), still before any change to the reader:
 *   all hold-out 48                   477    81.8 %     4.0 %      72      16      5    11/12
 */
import { lettersForScaleWords, type Holdout2Workbook as Holdout48Workbook } from '../holdout2/kit';
import { KPI_WORKBOOKS } from './kpi';
import { PLAN_WORKBOOKS } from './plans';
import { POLICY_WORKBOOKS } from './policy';
import { PROJECT_WORKBOOKS } from './projects';

export type { Holdout48Workbook };
export { holdout2Bytes as holdout48Bytes, runHoldout2 as runHoldout48 } from '../holdout2';

export const HOLDOUT48: Holdout48Workbook[] = lettersForScaleWords([...POLICY_WORKBOOKS, ...PROJECT_WORKBOOKS, ...KPI_WORKBOOKS, ...PLAN_WORKBOOKS]);
