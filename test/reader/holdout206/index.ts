/**
 * The reader's 206-th, blind hold-out set: "買い物弱者支援・移動販売・生活交通と生活利便の確保". Four family workbooks: a 施策評価シート 5-3
 * with five stacked indicator blocks (実績値 / 期待値 R2…R7, 目指す方向 ↑/↓, one R5 actual 集計中) and a blank 施策の達成状況 cell
 * beside last year's （B）; a 事業実績 table of 買い物支援・生活交通 projects with targets and actuals as text (「延べ利用者数
 * 3,912人」), two measures in one cell and 未実施; a 地域再生計画 KPI table with 目標値 / 実績値 rows under 令和4年3月末…令和7年3月末 and a
 * "-" target; a 地域公共交通計画 plan-indicator table (現況 and 実績 with their years, 目標（R8）, a 減少を目指す indicator, 調査中).
 * Four outside: a monthly 移動販売車 運行実績 (months as rows, 合計 / 年間目標 / 達成率 rows), コミュニティバス・デマンド交通 years as rows with
 * 目標 / 実績 column pairs and a 少ないほど良い cost, three 事務事業評価調書 forms one per sheet, and a 進捗管理表 with ◎○△× under a
 * legend of bands. Three traps: R6 速報 actuals filled beside the evaluated R5 (with 累計 / 単年度 and a 見込 actual), ％
 * stored as fractions with a target in words 「42件以下（前年度実績以下）」, and R7 目標 / 見込 columns right of the evaluated R6
 * with a footnote making one indicator lower-is-better.
 * Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a
 * clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 196.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 206, on commit 3a086d20, before any change to expectations):
 *   all hold-out 206                  412    88.8 %     3.9 %      30      16      1    10/11
 * (412 facts, 88.8 % right, 3.9 % wrong (16), 30 missed, 16 wrong silent, 1 reading-uncertain flag, 10 of 11
 * workbooks flagged as expected; 8 of 11 read right: the monthly table's indicators all missed, the R6 速報
 * columns read instead of the stated R5 (silent), and the KPI table's 「評価時点：令和6年3月末」 not taken as the stated
 * period (period flagged as inferred, facts right)).
 * No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout206Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout206Workbook };
export { holdout2Bytes as holdout206Bytes, runHoldout2 as runHoldout206 } from '../holdout2';

export const HOLDOUT206: Holdout206Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
