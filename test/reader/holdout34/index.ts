/**
 * The reader's 34th, blind hold-out set (issue 16): sector plans (子ども・子育て支援事業計画 with 量の見込み/確保方策,
 * 地域福祉計画 with a 年度別推移 table and a separate 評価 table, 環境基本計画 with 基準年度 and a 削減率 target, 観光振興計画
 * with years as rows, 健康増進計画 with 男性/女性 sub-rows, 教育振興基本計画) and other shapes (総合戦略 KPI 一覧 with R3–R6
 * under one 実績 header, two tables side by side sharing rows, no evaluation year anywhere, policy sheets with a 総合評価
 * cell, per-year 目標/実績 pairs in stacked tables), written without looking at the reader, test/reader/layouts or the
 * earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored exactly as hold-outs 2 to 9 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 34, committed reader aaa5156, before any change to expectations):
 *   all hold-out 34                   415    75.9 %    12.5 %      54      38      5     9/11
 * (415 facts: 75.9 % right, 12.5 % wrong, 54 missed, 38 silent, 5 flags, 9/11 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout34Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OTHER_WORKBOOKS } from './others';

export type { Holdout34Workbook };
export { holdout2Bytes as holdout34Bytes, runHoldout2 as runHoldout34 } from '../holdout2';

export const HOLDOUT34: Holdout34Workbook[] = [...FAMILY_WORKBOOKS, ...OTHER_WORKBOOKS];
