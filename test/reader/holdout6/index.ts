/**
 * The reader's sixth, blind hold-out set (issue 16): the four known families as yet other offices lay
 * them out (a 施策評価シート with blocks stacked down, policy sheets with the 目標 row first, a printed
 * 調書, a plan-indicator table with the year in the cell, a 事業実績 table of texts, a KPI × 年3月末
 * table) and other shapes (a 行政評価 summary with 施策 stacked, a 総合戦略 KPI 進捗管理表, two-language
 * headings, 縦持ち years, one 事務事業評価シート per project, names merged over 目標/実績 rows with no
 * period written, hidden helper columns and rows, new indicators with 基準値 and 目標 only), written
 * without looking at the reader, test/reader/layouts or the earlier hold-outs' layouts, each with the
 * facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 5.
 *
 * First blind figure (npm run bench:reader:holdout6, before any change to expectations or reader):
 *   all hold-out 6                    471    91.3 %     2.8 %      30      13      4    12/14
 * (13 wrong, all silent: 10 in the 行政評価 summary (指標評価 not read as existing grades, one group for
 * three 施策), 2 in the printed form (総合評価 row read as an indicator, rating cell N15), the hidden row's
 * indicator read; 30 missed: the two-language headings workbook read no indicator; reading-uncertain
 * wrongly raised on the KPI × 年3月末 and 事務事業評価 workbooks, whose titles state the period.)
 */
import type { Holdout2Workbook as Holdout6Workbook } from '../holdout2/kit';
import { OTHER_WORKBOOKS } from './others';
import { POLICY_WORKBOOKS } from './policy';
import { TABLE_WORKBOOKS } from './tables';

export type { Holdout6Workbook };
export { holdout2Bytes as holdout6Bytes, runHoldout2 as runHoldout6 } from '../holdout2';

export const HOLDOUT6: Holdout6Workbook[] = [...POLICY_WORKBOOKS, ...TABLE_WORKBOOKS, ...OTHER_WORKBOOKS];
