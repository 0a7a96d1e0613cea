/**
 * The reader's 108th, blind hold-out set: "a city's internal management: personnel, organisation and DX" (人事・組織・DX（行政経営）の
 * 進行管理). Four workbooks of the four families (a 人材育成と働き方改革 施策評価シート with five stacked blocks R3（現状値）〜R8（目標値）,
 * 目指す方向 ↑／↓, 時間外勤務 in h and an empty 達成状況評価 cell beside last year's 「（C）」, 評価対象 R6; a 人材育成推進事業 実績一覧
 * with 令和5年度（数値目標｜実績値）as text 「受講者数　480人」, 「通信教育 30人⏎資格取得 15人」, 未実施 and 集計中; a DX推進計画 KPI
 * table 目標値／実績値 × 令和4〜7年3月末 with マイナンバーカード交付率 as 国公表値 and コピー用紙使用枚数 (減少 in 備考); a 行政経営改革
 * プラン 点検評価一覧 with dates in the 現況 and 実績 cells (4月1日, 6月1日, 3月31日, 暦年)); four outside them (a 特定事業主行動計画
 * 実施状況 with years as rows, a derived 前年比 beside each 実績 and a 目標（令和8年度）row; an RPA導入効果検証 in h／年 with a derived
 * 達成率; a DX 月次進捗管理表 4月〜3月 with a 年度計（率は3月末）column; 働き方改革｜人材育成 tables side by side with 方向 増加／減少
 * and 達成状況 in the scale words); three traps (a 参考 column with the 法定雇用率 and 国の目標 beside 本市の目標, a コピー用紙 target
 * 「R4比 30％削減」 worked out from the 基準値 beside a derived 前年比, a 定員管理 table at 4月1日 points whose 令和6年度 result is the
 * R7.4.1 count). Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the
 * facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 105.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 108, on commit 56e1fc8, before any change to expectations):
 *   all hold-out 108                  452    77.0 %     8.4 %      79      15      7     9/11
 * (452 facts: 77.0 % right, 8.4 % wrong, 79 missed, 15 silent, 7 flags, 9/11 workbooks flagged as expected; 7 of the 11
 * workbooks read right). One expectation changed after that run: h108-rpa-effect's unit, from 「h」 to 「h/年」, as its heading
 * 「削減実績時間（h／年）」 writes it (sets 5 and 55 keep a per-year unit as written: 人/年, 時間/年, t/年).
 */
import type { Holdout2Workbook as Holdout108Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout108Workbook };
export { holdout2Bytes as holdout108Bytes, runHoldout2 as runHoldout108 } from '../holdout2';

export const HOLDOUT108: Holdout108Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
