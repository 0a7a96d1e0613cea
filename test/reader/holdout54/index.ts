/**
 * The reader's 54th, blind hold-out set (issue 16): the four known families written with yet other cities'
 * conventions — ◎○△× with a legend, 5年度 / ２０２３ / 令5 / R5 headings, a table over two printed pages,
 * 「目標／実績」 in one cell, the unit only in 「（単位：件）」, 約 / 概ね / 速報値, 千人, ↑↓ in a 方向 column,
 * 前期（R3〜R5）/後期（R6〜R8） KPI targets, 中間目標 and 最終目標, and a book with no year (a guess).
 * Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with
 * the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 54, on commit 35851fb, before any change to expectations):
 *   all hold-out 54                   482    59.1 %     8.9 %     162      34     17     9/12
 * (482 facts: 59.1 % right, 8.9 % wrong, 162 missed, 34 silent, 17 flags, 9/12 workbooks flagged as expected).
 * Convention alignment (after the first figure, no workbook changed): h54-policy-maru-legend's written ◎○△× follow a legend
 * giving them the standard scale's bands (100 / 80 / 60 %), and the project reports such a department's grade as the letter of
 * that scale, as set 29's h29-kosodate-marks expects (the report's existingGrade is a grade of the city's scale); the builder
 * wrote the marks. On 35851fb the alignment changes no figure (that workbook was not read at all then).
 */
import { lettersForLegendMarks, type Holdout2Workbook as Holdout54Workbook } from '../holdout2/kit';
import { KPI_WORKBOOKS } from './kpi';
import { PLAN_WORKBOOKS } from './plan';
import { POLICY_WORKBOOKS } from './policy';
import { PROJECT_WORKBOOKS } from './projects';

export type { Holdout54Workbook };
export { holdout2Bytes as holdout54Bytes, runHoldout2 as runHoldout54 } from '../holdout2';

const MARKS_WITH_STANDARD_LEGEND = new Set(['h54-policy-maru-legend']);

export const HOLDOUT54: Holdout54Workbook[] = lettersForLegendMarks(
  [...POLICY_WORKBOOKS, ...PROJECT_WORKBOOKS, ...KPI_WORKBOOKS, ...PLAN_WORKBOOKS],
  MARKS_WITH_STANDARD_LEGEND,
);
