/**
 * The reader's 66th, blind hold-out set: half the four known families as 町村 and 政令市の区 lay them out, half plans nobody
 * had listed (観光振興計画の数値目標, スポーツ推進計画, 子ども・子育て支援事業計画の量の見込みと確保方策, 食育推進計画, 国土強靱化地域計画の
 * KPI, 行財政改革実施計画の効果額), with the traps a clerk handles without thinking: last year's and this year's evaluations side
 * by side (this year's on the left in one), 「80～90」 and 「○○以上」 targets, 「調査なし」 and 「－（隔年調査）」 actuals, a name
 * wrapped over two rows with the unit on the second, 県平均 / 全市平均 reference columns, 自己評価 cells with a comment,
 * ＋/－ changes from the baseline, a 目標年度 per row. Written without looking at the reader, test/reader/layouts or the earlier
 * hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 66, on commit 39c642e, before any change to expectations):
 *   all hold-out 66                   551    83.7 %    10.2 %      50      56      1    12/12
 * (551 facts: 83.7 % right, 10.2 % wrong, 50 missed, 56 silent, 1 flag, 12/12 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout66Workbook } from '../holdout2/kit';
import { PLAN_WORKBOOKS } from './plans';
import { TOWN_WORKBOOKS } from './towns';

export type { Holdout66Workbook };
export { holdout2Bytes as holdout66Bytes, runHoldout2 as runHoldout66 } from '../holdout2';

export const HOLDOUT66: Holdout66Workbook[] = [...TOWN_WORKBOOKS, ...PLAN_WORKBOOKS];
