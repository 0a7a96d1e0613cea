/**
 * The reader's 178th, blind hold-out set: "バリアフリー・ユニバーサルデザイン・手話言語条例". Four workbooks of the four
 * families (a 令和４年度 施策評価シート 3-2 with four stacked blocks R2（現状値）…R7 with 実績値／期待値 rows, a 集計中, a
 * ↓（減少） 苦情・要望件数 and an empty 施策の達成状況 beside 「（B）」; a 令和３年度 事業実績 of 手話言語条例・バリアフリー
 * projects with text figures 「派遣件数 204件」, two 課程 in one cell and a 未実施; a 手話言語条例推進 KPI table with
 * 目標値／実績値 rows per 令和4年度…令和7年度 and 「652 人」「76.5 %」 for 令和６年度; a ユニバーサルデザイン推進計画 成果指標
 * table with 「48.2⏎（令和元年度）」 and full-width 実績 「５５．０⏎（令和４年度）」); four outside them (an 意思疎通支援事業
 * 実績報告 with years as rows under merged 目標／実績 headings, 事務事業評価シート one 事業 per sheet with 活動指標／成果指標,
 * a 手話言語条例 推進状況 with 取組項目 merged over indicators and ◎○△× under a legend of the default bands and words, and a
 * バリアフリー基本構想 特定事業 split into 目標値 and 実績値 sheets with a 集計中); three traps (a 年度別推移 evaluated for
 * 令和４年度 with the 令和５年度 pair already filled and ％ stored as fractions, a 成果指標評価表 with 「増加」 and
 * 「－（目標設定なし）」 targets and 備考 figures that look like values, a 進捗管理表 with 単年度 and 累計 rows). Written without
 * looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the
 * samples README's rules). Built, read and scored as hold-outs 2 to 177.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 178, on commit 6a6d6a6, before any change to expectations):
 *   all hold-out 178                  266    97.7 %     2.3 %       0       6      0    11/11
 * (266 facts: 97.7 % right, 2.3 % wrong, 0 missed, 6 silent, 0 flags, 11/11 workbooks flagged as expected; 10 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout178Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout178Workbook };
export { holdout2Bytes as holdout178Bytes, runHoldout2 as runHoldout178 } from '../holdout2';

export const HOLDOUT178: Holdout178Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
