/**
 * The reader's seventh, blind hold-out set: the four known families as yet other offices lay them out (family A stacked
 * and tiled three across, two family-B project tables, a family-C KPI table, a family-D table with split year/figure
 * columns) and other shapes (cover + index + one sheet per 施策, 総合計画 進捗管理表 with 前期/後期 targets, two fiscal
 * years side by side, 教育委員会 点検・評価, 男女共同参画 指標 with ◎○△, a 指標 sheet with a chart-data block and no
 * stated period, 約/見込み/速報値 figures), written without looking at the reader, test/reader/layouts or the earlier
 * hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored exactly as hold-outs 2–6 (groups matched by sheet and cell).
 *
 * First blind figure (npm run bench:reader:holdout7, before any change to expectations or the reader):
 *   all hold-out 7                    452    94.7 %     5.3 %       0      24      3    12/13
 * (24 wrong facts, all silent, none missed; reading-uncertain right on 12 of 13 workbooks.)
 * After the reader learnt the five workbooks' layout features as general capabilities (term-qualified targets 前期目標,
 * a block's 方向 on its 単位 line, multi-character counters 品目, shortened measure labels, grades of another scale ◎○△):
 *   all hold-out 7                    452   100.0 %     0.0 %       0       0      2    13/13
 */
import type { Holdout2Workbook as Holdout7Workbook } from '../holdout2/kit';
import { OTHER_WORKBOOKS } from './others';
import { POLICY_WORKBOOKS } from './policy';
import { TABLE_WORKBOOKS } from './tables';

export type { Holdout7Workbook };
export { holdout2Bytes as holdout7Bytes, runHoldout2 as runHoldout7 } from '../holdout2';

export const HOLDOUT7: Holdout7Workbook[] = [...POLICY_WORKBOOKS, ...TABLE_WORKBOOKS, ...OTHER_WORKBOOKS];
