/**
 * The reader's 158th, blind hold-out set: "公立大学・高等教育・産学連携". Four workbooks of the four families (a 令和６年度
 * 施策評価シート with four blocks tiled two across, R2（現状値）…R7（目標値）, 期待値 rows, a 集計中 and an empty 施策の達成状況
 * cell beside last year's 「（A）」; a 令和４年度 産学官連携推進事業 実績一覧 with text figures 「採択課題数 12件」, 「マッチング
 * 31件（うち成約 9件）」, two measures in one cell and a 未実施; a 第２期総合戦略 KPI table with 目標値／実績値 rows per 令和3年度…
 * 令和6年度, values 「4,118 人」 and a 「-」 target; a 第２次産学官連携推進計画 成果指標 table with 「18⏎（令和元年度）」 現況,
 * 目標（R7）, 実績 with its year and 目指す方向 ↑／↓); four outside them (a 公立大学法人 業務実績報告書 of 令和５事業年度 with its
 * own Ⅳ～Ⅰ self-evaluation, a 地域連携センター table with 年度 as rows and 目標／実績 under each measure and no evaluation period
 * written, 事務事業評価シート one 事業 per sheet with a 事業費（千円） row, a 大学コンソーシアム table of 「150／128」 目標／実績
 * pairs per 年度 with a 「300／集計中」); three traps (a KPI table with ％ stored as fractions and a 単年度／累計 pair whose target
 * is the 累計, a 令和２年度 成果指標評価表 with 「前年度以上」「全国平均以上」 targets, 備考 that look like values, full-width digits
 * and a 「－」, a 令和７年度 行政評価シート of 令和６年度実績 with 令和７年度 目標 and 実績（6月末現在） filled and ◎○△× by a
 * legend of bands). Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the
 * facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 157.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 158, on commit bdd9b97, before any change to expectations):
 *   all hold-out 158                  332    91.3 %     7.2 %       7      18      3     9/11
 * (332 facts: 91.3 % right, 7.2 % wrong, 7 missed, 18 silent, 3 flags, 9/11 workbooks flagged as expected; 5 of the 11
 * workbooks read right). One expectation changed after that run (on main, not by a fixer): r7-gyosei-hyoka-r6-jisseki-marks'
 * marks. Its legend gives each mark a grade's band and words (◎：目標を達成（達成率100％以上）○：概ね達成（80％以上100％未満）…), so
 * each is that grade's letter as in set 119 (markLegend.ts); the brief had called such a legend one of bands alone. With it:
 * 92.8 %, 13 silent.
 */
import type { Holdout2Workbook as Holdout158Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout158Workbook };
export { holdout2Bytes as holdout158Bytes, runHoldout2 as runHoldout158 } from '../holdout2';

export const HOLDOUT158: Holdout158Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
