/**
 * The reader's 85th, blind hold-out set: "workbooks as offices really keep them after years of copy-and-paste" — four
 * workbooks of the four families from departments seldom sampled (保健所's 施策評価シート with an indicator renamed 「（旧：…）」
 * and last year's grade 「（C）」 beside this year's; 選挙管理委員会's 事業実績 with text targets, a 評価 R4 | R5 pair and a
 * struck-through 「（廃止）」 row; 議会事務局's KPI table whose title still says 令和４年度, names merged unevenly; 消防本部's plan
 * indicators with 「B（前年度C）」), four outside the families (a 行政評価 総括表 of grades only with a 参照 column naming the figure
 * sheets; a 前年度比較 sheet whose every target is 「前年度実績を上回る」; a 水道事業 経営比較分析表 with 類似団体平均値 and 全国平均
 * beside the city's own figures; a 下水道 効果額 table in 千円 with ▲), and four traps (a 速報値 sheet before a 確定値 sheet, ％
 * stored as 0.453 under a % format beside 45.3 typed, a target column headed 「Target FY2023」, last year's sheet first and this
 * year's 令和6年度 a copy named 「事業実績 (2)」). Written without looking at the reader, test/reader/layouts or the earlier
 * hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 85, on commit 75b0d0d, before any change to expectations):
 *   all hold-out 85                   488    81.6 %    11.1 %      42      41      7    11/12
 * (488 facts: 81.6 % right, 11.1 % wrong, 42 missed, 41 silent, 7 flags, 11/12 workbooks flagged as expected; no expected fact
 * changed after it).
 */
import type { Holdout2Workbook as Holdout85Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout85Workbook };
export { holdout2Bytes as holdout85Bytes, runHoldout2 as runHoldout85 } from '../holdout2';

export const HOLDOUT85: Holdout85Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
