/**
 * The reader's 129th, blind hold-out set: "国民健康保険・後期高齢者医療・国民年金". Four workbooks of the four families (a
 * 令和５年度施策評価シート of 令和４年度 with two 施策 on two sheets, blocks R2（基準値）…R8（目標） with 実績値／期待値 rows, 目指す方向
 * ↑（増加）／↓（減少）, a 「41.3⏎（速報値）」, a 集計中 and empty 施策の達成状況 cells beside last year's 「（B）」「（A）」; a 令和６年度
 * 保健事業実績 with text figures 「勧奨通知 12,450通」「助成件数 人間ドック:398件 脳ドック:161件」, full-width 「４７６人」 and one
 * 未実施; a データヘルス計画 KPI table with 目標値／実績値 rows per 平成30年度…令和5年度, values 「35.9 ％」「11 人」 and 減少を目指す
 * 指標 in 備考; a 国保事業運営健全化計画 点検評価 with 「94.85⏎（令和元年度）」, 目標（R7）, 「338⏎（令和6年3月末）」 and a blank 実績);
 * four outside them (a 特定健診等実施計画 実施状況 with years as rows and 目標値／実績値 pairs, the period stated nowhere; 事務事業
 * 評価シート one 事業 per sheet with 活動指標／成果指標, 令和4年度実績 and a 「－」; a 国保税 月別収納状況 in 千円 with a 収納率目標と
 * 実績 block; a 後期高齢者保健事業 plan split over 目標値 and 実績値 sheets joined by No.); three traps (a 令和７年度 行政評価 of
 * 令和６年度実績 between 令和５年度 and 令和７年度 columns with a 「実績（6月末時点）」 and a 集計中, a 成果指標評価表 with targets
 * 「６０．０⏎（国の参酌標準）」「全国平均以上」「伸びの抑制」 and figures in 備考, a 進捗管理表 with ％ stored as fractions, a 達成率
 * column and 累計 indicators beside their 単年度 actual). Written without looking at the reader, test/reader/layouts or the
 * earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as
 * hold-outs 2 to 128.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 129, on commit 63313c3, before any change to expectations):
 *   all hold-out 129                  408    95.3 %     0.2 %      18       1      1    11/11
 * (408 facts: 95.3 % right, 0.2 % wrong, 18 missed, 1 silent, 1 flag, 11/11 workbooks flagged as expected; 9 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout129Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout129Workbook };
export { holdout2Bytes as holdout129Bytes, runHoldout2 as runHoldout129 } from '../holdout2';

export const HOLDOUT129: Holdout129Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
