/**
 * The reader's 81st, blind hold-out set (issue 16): "shapes nobody has listed" — sub-indicators with their own targets
 * (内訳 男性/女性, 学校種 小学校/中学校), a table transposed (years as rows, 「目標（令和8年度）」 as the last row), indicator
 * cards (one bordered block per indicator, stacked and side by side), a narrative 施策評価調書 with a small table between
 * paragraphs, formulas with cached results (実績＝上期＋下期, 達成率, 前年比), period headings as date serials in an era
 * format, 前年差/前年比 columns, hidden rows of superseded figures marked 旧, and two 施策 tables on one sheet. Written
 * without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads
 * (the samples README's rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 81, on commit d2da079, before any change to expectations):
 *   all hold-out 81                   454    95.4 %     4.6 %       0      21      1    10/11
 * (454 facts: 95.4 % right, 4.6 % wrong, 0 missed, 21 silent, 1 flag, 10/11 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout81Workbook } from '../holdout2/kit';
import { CARD_WORKBOOKS } from './cards';
import { SHAPE_WORKBOOKS } from './shapes';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout81Workbook };
export { holdout2Bytes as holdout81Bytes, runHoldout2 as runHoldout81 } from '../holdout2';

export const HOLDOUT81: Holdout81Workbook[] = [...SHAPE_WORKBOOKS, ...CARD_WORKBOOKS, ...TRAP_WORKBOOKS];
