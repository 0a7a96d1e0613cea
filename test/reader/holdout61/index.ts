/**
 * The reader's 61st, blind hold-out set (issue 16): what one evaluation office receives in one year — 施策評価シート from two
 * departments (商工観光部: blocks tiled two across, R3–R7 columns, 実績値/目標値 rows, a 施策の評価 cell; 健康福祉部: stacked
 * 目標値/実績値 rows with 基準値 and a ↑/↓ 方向 column), 事務事業評価シート one project per sheet (活動指標/成果指標, 事業費 rows,
 * 評価 A–D, 今後の方向性), a 総合戦略 KPI table (基準値（R1）, 目標値（R6）, R2–R5実績, ◎○△×) and a 個別計画 進行管理表 (進捗
 * words) — and six workbooks that tempt a confident wrong grade (「R5: 88（R4: 104）」 actuals, 「現状維持」 targets, 減少 only
 * in the name, 割 and ポイント, hidden and greyed previous-plan columns, a 累計 target with yearly actuals). Written without
 * looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the
 * samples README's rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 61, on commit afec474, before any change to expectations):
 *   all hold-out 61                   408    95.1 %     4.9 %       0      20      5     9/11
 * (408 facts: 95.1 % right, 4.9 % wrong, 0 missed, 20 silent, 5 flags, 9/11 workbooks flagged as expected).
 * One expectation fixed after that run, a mistake of mine: h61-trap-maintain expected a 'target-from-baseline' guess, but the
 * sheet's own note (B11: 「現状維持」は基準値を維持することを目標とする) states that the 基準値 is the target, so a clerk does not
 * guess; its guesses are now empty (10/11 workbooks flagged as expected with that fix, no other figure changes).
 * One convention aligned later (session 30): h61-trap-percent-units expected its ％ actuals in 割 (6.42 for 「64.2%」 beside a
 * 「7割」 target); the project reports such a rate in ％ (70 and 64.2), as set 50 expects (tenthsUnit.ts). 12 facts change, no grade.
 */
import type { Holdout2Workbook as Holdout61Workbook } from '../holdout2/kit';
import { OFFICE_WORKBOOKS } from './offices';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout61Workbook };
export { holdout2Bytes as holdout61Bytes, runHoldout2 as runHoldout61 } from '../holdout2';

export const HOLDOUT61: Holdout61Workbook[] = [...OFFICE_WORKBOOKS, ...TRAP_WORKBOOKS];
