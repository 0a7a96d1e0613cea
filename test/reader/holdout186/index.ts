/**
 * The reader's 186th, blind hold-out set: "勤労者福祉・労働相談・就労環境の改善". Four workbooks of the four families (a 令和４年度
 * 施策評価シート with stacked blocks R2（現状値）…R7（目標値）, 期待値／実績値 rows, 目指す方向 ↓（減少） and an empty 施策の達成状況
 * cell beside last year's 「（A）」; a 令和５年度 事業実績 of 労働相談・融資・メンタルヘルス projects with text figures
 * 「相談件数 360件」, two measures in one cell 「開催回数 4回⏎参加者数 200人」 and one 未実施; a 総合戦略 KPI table at 令和３年度末
 * with 目標値／実績値 rows per 令和2年度…令和6年度, 「150 人」「72.0 ％」, 集計中, 「-」 targets and ◎○ with a legend of the default
 * bands and words; a 勤労者福祉推進計画 成果指標 table with 「28.5⏎（令和元年度）」, 目標（R7）, 目指す方向 減少 and a 集計中); four
 * outside them (a 月別 労働相談件数 table feeding a 目標と実績 sheet by formulas, 事務事業評価シート one 事業 per sheet with 令和５年度
 * 実績 and 令和７年度目標 beside the year and its own Ａ100／Ｂ85／Ｃ60 scale, a 事業所労働環境実態調査 with 令和元年度／令和４年度調査
 * and a 令和８年度 目標値, a 令和２年度 補助金交付実績 with merged 交付件数 目標／実績 and a 0); three traps (a 令和５年度 成果指標の状況
 * with 令和３・４年度実績 and 令和６年度 目標／実績（６月末現在） filled, a 成果指標評価表 with ％ stored as fractions and a target
 * 「前年度実績以上」, a 進捗管理表 with 累計 targets and 単年度／累計実績 columns). Written without looking at the reader,
 * test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built,
 * read and scored as hold-outs 2 to 184.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 186, on commit 7b00a21, before any change to expectations):
 *   all hold-out 186                  251    99.6 %     0.4 %       0       1      2    10/11
 * (251 facts: 99.6 % right, 0.4 % wrong, 0 missed, 1 silent, 2 flags, 10/11 workbooks flagged as expected; 9 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout186Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout186Workbook };
export { holdout2Bytes as holdout186Bytes, runHoldout2 as runHoldout186 } from '../holdout2';

export const HOLDOUT186: Holdout186Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
