/**
 * The reader's seventeenth, blind hold-out set (issue 16): ten shapes outside the four families that
 * municipalities really use (総合戦略 KPI 進捗管理表, a 行政評価 system export, 主要施策の成果報告書,
 * 環境基本計画 年次報告, 健康増進計画 中間評価, 教育委員会 点検・評価, 指定管理 モニタリング, 事務事業評価 blocks,
 * a full-width 議会報告 sheet, 施策評価シート), written without looking at the reader, test/reader/layouts
 * or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored exactly as hold-outs 2 to 9 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 17, committed reader COMMIT, before any change to expectations):
 *   FIGURE
 */
import type { Holdout2Workbook as Holdout17Workbook } from '../holdout2/kit';
import { FORM_WORKBOOKS } from './forms';
import { TABLE_WORKBOOKS } from './tables';

export type { Holdout17Workbook };
export { holdout2Bytes as holdout17Bytes, runHoldout2 as runHoldout17 } from '../holdout2';

export const HOLDOUT17: Holdout17Workbook[] = [...TABLE_WORKBOOKS, ...FORM_WORKBOOKS];
