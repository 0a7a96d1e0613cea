/**
 * The reader's 60th, blind hold-out set (issue 16): layouts outside the four families that real offices use (a KPI 推移
 * table with years as rows and each KPI over 目標 / 実績, two such tables stacked with derived 達成率 columns, a label/value
 * form going down the sheet, label/value pairs across a 施策個票, one project per sheet with 活動指標 / 成果指標 under a
 * 事業費 予算額 / 決算額 table, targets and actuals on two sheets joined by 指標No. or by name, 実績値 / 目標値 headers over
 * Ｒ３…Ｒ７ sub-columns on a 令和６年度 sheet evaluating 令和５年度) and four that tempt a confident wrong reading (①② measures
 * in one cell beside a 「うち新規」 breakdown, monthly actuals 4月〜3月 with a SUM 年間計 and a stock read at 3月末, ％ typed
 * and stored as fractions in one row, survey results with 標本誤差 and 回答者数). Written without looking at the reader,
 * test/reader/layouts, the fixtures or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples
 * README's rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 60, on commit b25a124, before any change to expectations):
 *   all hold-out 60                   386    87.6 %     6.5 %      24      15      7     8/12
 * (386 facts: 87.6 % right, 6.5 % wrong, 24 missed, 15 silent, 7 flags, 8/12 workbooks flagged as expected). No workbook or
 * expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout60Workbook } from '../holdout2/kit';
import { LAYOUT_WORKBOOKS } from './layouts';
import { PAIR_WORKBOOKS } from './pairs';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout60Workbook };
export { holdout2Bytes as holdout60Bytes, runHoldout2 as runHoldout60 } from '../holdout2';

export const HOLDOUT60: Holdout60Workbook[] = [...LAYOUT_WORKBOOKS, ...PAIR_WORKBOOKS, ...TRAP_WORKBOOKS];
