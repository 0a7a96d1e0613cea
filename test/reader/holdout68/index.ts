/**
 * The reader's 68th, blind hold-out set (issue 16): twelve yearly progress checks (進捗管理) of plans outside the four
 * families, as city offices keep them in Excel: 介護保険事業計画 (service volumes, 計画値・実績値・対計画比), 国保データヘルス計画
 * (years as rows), 食育推進計画 (◎○△× with its legend), スポーツ推進計画 (the final target in the heading only), 地域福祉計画
 * (中間目標 and 最終目標, a rating cell), 多文化共生推進プラン (label blocks, 西暦), 観光振興計画 (a 計画値 row over a 実績値 row),
 * 交通安全計画 (decrease targets, calendar-year figures), 農業振興計画 (units in cells), 文化芸術推進計画 (period groups with a
 * 達成率 formula), 住生活基本計画 (years as rows, target rows below) and 森林整備計画 (year and cumulative columns). Written
 * without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads
 * (the samples README's rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 68, on commit 7ddb30e, before any change to expectations):
 *   all hold-out 68                   457    82.9 %     8.1 %      41      37      0    12/12
 * (457 facts: 82.9 % right, 8.1 % wrong, 41 missed, 37 silent, 0 flags, 12/12 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout68Workbook } from '../holdout2/kit';
import { HEALTH_WORKBOOKS } from './health';
import { TOWN_WORKBOOKS } from './town';

export type { Holdout68Workbook };
export { holdout2Bytes as holdout68Bytes, runHoldout2 as runHoldout68 } from '../holdout2';

export const HOLDOUT68: Holdout68Workbook[] = [...HEALTH_WORKBOOKS, ...TOWN_WORKBOOKS];
