/**
 * The reader's 43rd, blind hold-out set (issue 16): layouts outside the four known families that no earlier set tried,
 * written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a
 * clerk reads (the samples README's rules; a city's own bands where its 評価基準 sheet states them). Traps: targets on a
 * 目標値一覧 sheet and actuals on a 実績報告 sheet in another order (joined by 指標番号 with no names, or by a name written
 * a little differently), the evaluation year on the 表紙 only, 市民意識調査 ％ / 点 indicators with a ±2ポイント 傾向 column,
 * targets relative to the baseline, 男女別 / 地区別 sub-rows with a 計 row, names over two rows with the unit below,
 * 令和元年度 / 平成31年度 / 2019 in different places, a dashboard of two tables side by side on the same rows, two 施策
 * stacked with their own ratings, two 課 tables with no year anywhere, indicator cards with the city's bands.
 * Built, read and scored exactly as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 43 on the committed reader b7cf98c, 2026-12-02 02:31 UTC, before any
 * change to expectations):
 *   all hold-out 43                   507    93.1 %     7.1 %       0      22     12    11/12
 * (507 facts: 93.1 % right, 7.1 % wrong, 0 missed, 22 silent, 12 flags, 11/12 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout43Workbook } from '../holdout2/kit';
import { DASHBOARD_AND_FORM_WORKBOOKS } from './dashboardsAndForms';
import { PERIOD_MATRIX_WORKBOOKS } from './periodMatrices';
import { SPLIT_SHEET_WORKBOOKS } from './splitSheets';
import { SURVEY_AND_BASELINE_WORKBOOKS } from './surveysAndBaselines';

export type { Holdout43Workbook };
export { holdout2Bytes as holdout43Bytes, runHoldout2 as runHoldout43 } from '../holdout2';

export const HOLDOUT43: Holdout43Workbook[] = [
  ...SPLIT_SHEET_WORKBOOKS,
  ...SURVEY_AND_BASELINE_WORKBOOKS,
  ...PERIOD_MATRIX_WORKBOOKS,
  ...DASHBOARD_AND_FORM_WORKBOOKS,
].sort((a, b) => a.name.localeCompare(b.name));
