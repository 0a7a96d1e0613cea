/**
 * The reader's 53rd, blind hold-out set (issue 16): six practical documents outside the four families (a 地域福祉計画
 * 進行管理表 with its 基本目標's rating cell, a 観光振興計画 KPI report in stacked cards, a 農業振興 table with the years
 * as rows, an 教育振興基本計画 点検・評価 with the indicators as columns, a 交通安全計画 progress table of calendar-year
 * figures against 「以下」 final targets, a 防災 備蓄 table with stock per warehouse and a 計 column) and six traps (the
 * direction only in a footnote mark ※, a department's 評価 computed on the base-year ratio with the city's bands under
 * the table, actuals written as fractions 「12/15校」, targets 「現状維持」 beside the 現状値 column, an indicator whose
 * definition changed mid-plan with the old figures in the 備考, actuals per 圏域 with a 市全体 column). Written without
 * looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads
 * (the samples README's rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 53, on commit f936161, before any change to expectations):
 *   all hold-out 53                   527    78.9 %     6.6 %      79      35      8    10/12
 * (527 facts: 78.9 % right, 6.6 % wrong, 79 missed, 35 silent, 8 flags, 10/12 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout53Workbook } from '../holdout2/kit';
import { PLAN_WORKBOOKS } from './plans';
import { SAFETY_WORKBOOKS } from './safety';
import { TRAP_WORKBOOKS } from './traps';
import { TRAP2_WORKBOOKS } from './traps2';

export type { Holdout53Workbook };
export { holdout2Bytes as holdout53Bytes, runHoldout2 as runHoldout53 } from '../holdout2';

export const HOLDOUT53: Holdout53Workbook[] = [...PLAN_WORKBOOKS, ...SAFETY_WORKBOOKS, ...TRAP_WORKBOOKS, ...TRAP2_WORKBOOKS];
