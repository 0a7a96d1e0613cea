/**
 * The reader's 35th, blind hold-out set (issue 16): TRAP workbooks, half in the four known families
 * as yet other offices lay them out, half in other shapes, written without looking at the reader,
 * test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the
 * samples README's rules). Each holds one or two traps that tempt a silent mistake: a （参考） table,
 * a 前年度 column or sheet, 小計 / 累計 rows, 達成率 columns, 当初 vs 修正目標, 「前年度以上」 / 「維持」
 * targets, ◎○△× or 達成 words with a legend, hidden stale columns, 減少 only in a note.
 * Built, read and scored exactly as hold-outs 2 to 9 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 35, committed reader at 5d00867):
 *   all hold-out 35                   366    96.4 %     4.6 %       0       8      4    11/12
 * (366 facts: 96.4 % right, 4.6 % wrong, 0 missed, 8 silent, 4 flags, 11/12 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout35Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS_1 } from './families';
import { FAMILY_WORKBOOKS_2 } from './families2';
import { OTHER_WORKBOOKS } from './others';

export type { Holdout35Workbook };
export { holdout2Bytes as holdout35Bytes, runHoldout2 as runHoldout35 } from '../holdout2';

export const HOLDOUT35: Holdout35Workbook[] = [...FAMILY_WORKBOOKS_1, ...FAMILY_WORKBOOKS_2, ...OTHER_WORKBOOKS];
