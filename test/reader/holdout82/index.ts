/**
 * The reader's 82nd, blind hold-out set (issue 16), theme 「政令市・中核市 and a prefecture's 政策評価」: the four families as
 * large cities write them (施策評価シート with 表紙 and 総括 sheets and a 施策 per sheet; 事業実績 with text figures and an
 * S/A/B/C/D 自己評価 legend; KPI × 年度末 periods; plan indicators with 区 columns beside the city total), four documents
 * outside the families (a prefecture's 政策評価調書 with 達成/概ね達成/未達成, 事務事業評価 with a cost block, 行財政改革プラン
 * with 効果額 and ▲, 観光 with 「1,688.2万人」 text) and three traps (a 千人 target against an 人 actual, years in descending
 * order, the year only in the sheet name). Written without looking at the reader, test/reader/layouts or the earlier
 * hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 82, on commit e79c003, before any change to expectations):
 *   all hold-out 82                   462    95.5 %     6.3 %       0      18      8     8/11
 * (462 facts: 95.5 % right, 6.3 % wrong, 0 missed, 18 silent, 8 flags, 8/11 workbooks flagged as expected).
 * Convention alignment (session 36, no workbook changed; only the expected guess): h82-trap-year-in-sheet-name expects no period
 * guess for a year stated in the tab's name 「R5施策評価」, hold-out 71's convention; the builder had expected one.
 */
import type { Holdout2Workbook as Holdout82Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout82Workbook };
export { holdout2Bytes as holdout82Bytes, runHoldout2 as runHoldout82 } from '../holdout2';

export const HOLDOUT82: Holdout82Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
