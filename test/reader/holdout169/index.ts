/**
 * The reader's 169th, blind hold-out set: "公園緑地・都市緑化・街路樹管理". Four workbooks of the four families (a 令和４年度
 * 基本施策評価シート 3-2 with four stacked blocks R2（現状値）…R7（目標値）, 期待値／実績値 rows, 目指す方向 ↑（増やす）／↓（減らす）,
 * ㎡/人, and an empty 施策の達成状況 beside last year's 「（B）」; a 令和５年度 みどりの基本計画 推進事業の実績 with text figures
 * 「剪定本数　２，５００本」, 「花苗配布 6,000株⏎参加団体 45団体」 in one cell and one 未実施; a 緑の基本計画 KPI table
 * (令和３年度評価) with 目標値／実績値 rows per 令和元年度…令和5年度, values 「650 人」「1,204 千人」, 「-」, 集計中 and ◎○△× under a
 * worded 100/80/60 legend; a 点検評価一覧 (令和４年度実績) with 「24.1⏎（平成30年度）」, 目標（R12） and a blank 実績); four outside
 * them (a 街路樹再生計画 進捗管理表 with 計画／実績 pairs per year beside a 計画目標（R4～R8累計）, 事務事業評価シート one 事業 per
 * sheet with 活動指標／成果指標 and 方向 ↑／↓, a 都市公園の整備状況の推移 with 年度 as rows and 目標／実績 pairs, and 公園管理／
 * 街路樹管理 tables side by side with 「１２０」 as text and ○／× under a legend of words only); three traps (a 令和６年度
 * 施策評価 with R5実績 and R7目標／R7実績（見込） filled, 累計／単年度 and a generous written C; 目標値 「増加」 and 「－」 with 備考
 * that look like values; ％ stored as fractions and a 単年度／累計 pair with the target on the 累計 row). Written without
 * looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the
 * samples README's rules). Built, read and scored as hold-outs 2 to 168.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 169, on commit fd789f8, before any change to expectations):
 *   all hold-out 169                  322    99.7 %     0.0 %       1       0      0    11/11
 * (322 facts: 99.7 % right, 0.0 % wrong, 1 missed, 0 silent, 0 flags, 11/11 workbooks flagged as expected; 10 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout169Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout169Workbook };
export { holdout2Bytes as holdout169Bytes, runHoldout2 as runHoldout169 } from '../holdout2';

export const HOLDOUT169: Holdout169Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
