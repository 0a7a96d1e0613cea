/**
 * The reader's seventeenth, blind hold-out set (issue 16): ten shapes outside the four families that
 * municipalities really use (総合戦略 KPI 進捗管理表, a 行政評価 system export, 主要施策の成果報告書,
 * 環境基本計画 年次報告, 健康増進計画 中間評価, 教育委員会 点検・評価, 指定管理 モニタリング, 事務事業評価 blocks,
 * a full-width 議会報告 sheet, 施策評価シート), written without looking at the reader, test/reader/layouts
 * or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored exactly as hold-outs 2 to 9 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 17, reader as committed at 5ff4d10, measured in a worktree
 * of ad8526f which only adds this set; before any correction):
 *   all hold-out 17                   367    93.7 %     6.3 %       0      12      6     8/10
 * (367 facts: 93.7 % right, 6.3 % wrong, 0 missed, 12 silent, 6 flags, 8/10 workbooks flagged as expected).
 * One correction since: h17-gyosei-hyoka-export's year column was headed 評価年度, which a clerk cannot tell
 * from the year of the figures (many cities evaluate last year's results: 令和5年度評価 of 令和4年度 actuals);
 * it is now 対象年度, the year the figures are for, so fiscalYear 2023 rests on no guess.
 */
import type { Holdout2Workbook as Holdout17Workbook } from '../holdout2/kit';
import { FORM_WORKBOOKS } from './forms';
import { TABLE_WORKBOOKS } from './tables';

export type { Holdout17Workbook };
export { holdout2Bytes as holdout17Bytes, runHoldout2 as runHoldout17 } from '../holdout2';

export const HOLDOUT17: Holdout17Workbook[] = [...TABLE_WORKBOOKS, ...FORM_WORKBOOKS];
