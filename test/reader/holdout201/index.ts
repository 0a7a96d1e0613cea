/**
 * The reader's 201-th, blind hold-out set: "気候変動適応・熱中症対策・クーリングシェルター". Eleven workbooks of a
 * city's climate-adaptation and heat-illness office, fiscal 2024 (令和6年度): the four families in this office's own
 * variant (a 基本施策評価シート with five stacked indicator blocks, 目指す方向 ↑/↓ and a 施策の達成状況 cell; a 推進事業実績一覧
 * with text targets, a two-measure cell and 未実施; a KPI table of 目標値/実績値 rows under 令和N年3月末 columns; a plan
 * 点検評価 table with 現況 and 実績 years in the cells, 目標（R8） and 集計中), four shapes outside them (a monthly tally with
 * 合計/年間目標/達成率 rows at the foot and a hidden key column, per-facility クーリングシェルター利用者数 rows, fiscal years as
 * rows with 目標/実績 column pairs, one 事務事業評価シート per sheet) and three traps (a 進捗管理表 with R5 and R7 見込 columns
 * filled and ％ as fractions; 単年度 targets beside 累計 and a plan total, a target in words, direction only in 備考; ◎○△×
 * under a banded legend with a department 達成率 of a 減少 indicator computed the wrong way and a 見込 column).
 * Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a
 * clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 196.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 201, on commit 3a086d20, before any change to expectations):
 *   all hold-out 201                  413    90.6 %     0.7 %      36       3      0    11/11
 * (413 facts, 90.6 % right, 0.7 % wrong, 36 missed, 3 silent, 0 flags, reading-uncertain as expected in 11 of 11 workbooks;
 * 8 of 11 read right: the monthly tally is not read at all (its 36 facts missed), the 進捗管理表's ※-marked lower-is-better
 * indicator is read as higher-is-better (direction and grade, silent), and the two-measure cell's unit is read as 回 (silent)).
 * One expectation aligned after that run (by the lead, not the builder): the two-measure row's own unit is not checked, its
 * units being in `measures` (as sets 181–184 and the samples' facts.json write such a row).
 */
import type { Holdout2Workbook as Holdout201Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout201Workbook };
export { holdout2Bytes as holdout201Bytes, runHoldout2 as runHoldout201 } from '../holdout2';

export const HOLDOUT201: Holdout201Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
