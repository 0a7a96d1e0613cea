/**
 * The reader's 136th, blind hold-out set: "水産業・漁港・内水面漁業". Four workbooks of the four families (a 施策評価シート
 * （評価対象期間：令和４年度） of 水産業の振興と漁港の整備 with stacked blocks R2（現状値）…R7, 実績値／期待値（※R7は目標値） rows,
 * a 密漁等違反検挙件数 marked 目指す方向 ↓（減少） and an empty 達成状況評価 cell beside last year's 「（C）」; a 令和５年度 推進事業
 * 実績一覧 with text figures 「防波堤補修 2箇所」「商談会出展 5社」, two 放流 measures in one cell 「ヒラメ稚魚 72,000尾⏎クロダイ
 * 稚魚 20,400尾」 and a 未実施; a 総合戦略 KPI table with 目標値／実績値 rows per 令和3年度…令和7年度 and values 「1,382 t」「60 %」;
 * a 内水面漁業振興計画 成果指標 table with 現況（計画策定時） 「1,200⏎（令和元年度）」, 目標（R8）, 実績 「1,350⏎（令和５年度）」, a
 * カワウ被害額 to reduce and a 組合員数 target below its baseline); four outside them (a 水揚実績の推移 with fiscal years as rows
 * and 目標／実績 pairs under 水揚量（t）／水揚金額（百万円）, 事務事業評価シート one 事業 per sheet with a 達成率 column, a 種苗放流
 * 計画・実績 with one column per 魚種, 千尾／千個 and a 集計中, and split 指標一覧／実績報告 sheets joined by No. with ↑／↓ and a
 * 「－」); three traps (a 年度別推移 of 令和５年度 with R6（9月末現在） filled and 目標値（R8） beside 目標値（R5）, a 成果指標評価表
 * with a 「前年度以上」 target, a 「０」 target under 減少, full-width figures and 備考 of other years and 単年度, and ％ stored as
 * fractions beside a 累計 row and its 単年度（参考） row). Written without looking at the reader, test/reader/layouts or the
 * earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as
 * hold-outs 2 to 135.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 136, on commit f19d516, before any change to expectations):
 *   all hold-out 136                  280    99.6 %     0.4 %       0       1      0    11/11
 * (280 facts: 99.6 % right, 0.4 % wrong, 0 missed, 1 silent, 0 flags, 11/11 workbooks flagged as expected; 10 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout136Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout136Workbook };
export { holdout2Bytes as holdout136Bytes, runHoldout2 as runHoldout136 } from '../holdout2';

export const HOLDOUT136: Holdout136Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
