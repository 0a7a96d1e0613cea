/**
 * The reader's 107th, blind hold-out set: "housing, urban planning and building offices' progress management" (住宅・都市計画・
 * 建築の進行管理). Four workbooks of the four families (a 施策評価シート 5-2 with six blocks two across, R2（現状値）〜R7, 目指す方向
 * ↑／↓, 住宅の耐震化率 「集計中」 and an empty 達成状況評価 M3 beside last year's 「（B）」; a 建築指導課・住宅課 事業実績 with text
 * figures 「耐震診断 60件」「撤去延長 352.5m」「1,034.6㎡」, 登録／成約 in one cell and one 未実施; a 立地適正化計画 KPI table with
 * 目標値／実績値 rows over 令和4年3月末〜令和7年3月末, 「50.8 人/ha」, a 抑制 KPI and a survey 「－」; a 都市計画マスタープラン
 * 点検評価 by 全体構想／地域別構想 with 「68.2⏎（令和2年度末）」 and a 目標（R12）); four outside them (a 市営住宅等長寿命化計画 with
 * years as rows and a 計画｜実績 pair per indicator, 管理戸数 ↓縮減; 空家等対策 取組評価 cards one sheet per 取組; a 建築指導課
 * 業務目標 by 四半期 with a 年度計・平均 column and 「小さいほど良い」; 緑の基本計画・バリアフリー基本構想 split into 目標設定 and
 * 令和6年度実績 sheets joined by No.); three traps (a 耐震改修促進計画 graded against its 中間目標 as its note says, not the last
 * 最終目標 column; 空家対策 with 単年度実績｜累計実績 read by each target's 区分; a 住生活基本計画 推移 table with no stated year).
 * Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk
 * reads (the samples README's rules). Built, read and scored as hold-outs 2 to 106.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 107, on commit 56e1fc8, before any change to expectations):
 *   all hold-out 107                  444    86.9 %     5.0 %      36      20      3     9/11
 * (444 facts: 86.9 % right, 5.0 % wrong, 36 missed, 20 silent, 3 flags, 9/11 workbooks flagged as expected; 4 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout107Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout107Workbook };
export { holdout2Bytes as holdout107Bytes, runHoldout2 as runHoldout107 } from '../holdout2';

export const HOLDOUT107: Holdout107Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
