/**
 * The reader's 173rd, blind hold-out set: "公営競技（競輪・ボートレース）事業・収益金の活用". Four workbooks of the four
 * families (a 令和５年度 施策評価シート of 令和４年度 with five stacked blocks R2（基準値）…R7（目標値）, 期待値／実績値 rows,
 * 目指す方向 ↑（増加）／↓（減少）, 百万円 and an empty 施策の達成状況 beside last year's 「（B）」; a 令和３年度 ボートレース
 * 推進事業 実績 with text figures 「新規会員 1,500人」「繰出金 4.5億円」, two measures 「耐震改修 1棟⏎照明ＬＥＤ化 200基」,
 * a 未実施 and self-assessed letters; a 経営戦略 KPI table of 令和６年度 with 目標値／実績値 rows per 令和3年度…令和7年度,
 * values 「1,050 億円」, ◎○△× under a worded default legend and a KPI with no target; a 競輪事業中長期経営計画 成果指標 table
 * with 「152.3⏎（令和元年度）」, 「▲120」, 目標（R8） and a blank 実績); four outside them (月別売上状況 in 千円 with 年度計 SUM
 * formulas feeding a 目標と実績 sheet, a 収益金 繰出し・活用状況 with years as rows and two-row 目標／実績 headings, 事務事業
 * 評価シート one 事業 per sheet, a 経営改善計画 進捗管理表 with its own 100/90/70 scale and a ↓ 方向 column); three traps (a
 * 令和６年度 sheet of 令和５年度実績 with 令和6年度 目標 and 実績（見込） filled and a target 「収支状況により判断」, ％ stored as
 * fractions with 備考 「累計 38箇所」「※前年度 0.654」, a 平成30年度 評価表 in full-width digits with 集計中, 「－」, 未実施 and
 * ○× without a legend). Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks,
 * each with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 172.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 173, on commit a1bd194, before any change to expectations):
 *   all hold-out 173                  357    98.3 %     0.0 %       6       0      0    11/11
 * (357 facts: 98.3 % right, 0.0 % wrong, 6 missed, 0 silent, 0 flags, 11/11 workbooks flagged as expected; 10 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout173Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout173Workbook };
export { holdout2Bytes as holdout173Bytes, runHoldout2 as runHoldout173 } from '../holdout2';

export const HOLDOUT173: Holdout173Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
