/**
 * The reader's 132nd, blind hold-out set: "戸籍・住民票・マイナンバーカード・窓口サービス". Four workbooks of the four families
 * (a 基本施策事後評価シート 評価対象期間：令和４年度 with four tiled blocks R2（現状値）…R7, 期待値／実績値 rows, 目指す方向
 * ↑（増加）／↓（減少）, a 集計中 and an empty 達成状況評価 beside last year's 「（B）」; a 令和５年度 推進事業実績 with text figures
 * 「出張受付 72回」, two measures in one cell 「開設日数 24日⏎取扱件数 1,512件」 and one 未実施; a 総合戦略 KPI table with
 * 目標値／実績値 rows per 令和2年3月末…令和7年3月末, values 「41,238 枚」「134 手続」「6 か所」, evaluation 令和３年度; a
 * 市民サービス向上計画 成果指標 table with 「8,420⏎（令和元年度）」, 目標（R7）, a 減少 in 指標の説明 and a blank 実績); four
 * outside them (a 令和２年度 マイナンバーカード月別交付状況 with a 年度計 feeding a 目標と実績 sheet by formulas, a 推移 table
 * with years as rows 令和元年度…令和５年度 and 目標／実績 pairs, 事務事業評価シート of 令和６年度 one 事業 per sheet in
 * full-width label／value cells, and a 令和元年度 四半期別 進捗管理表 with a 年度計 column); three traps (a 令和６年度
 * KPI効果検証シート of 令和５年度実績 with 令和４年度 and 令和６年度（6月末現在） columns filled and a 0 target for 誤交付件数, a
 * 成果指標評価表 with 「前年度実績以上」「全課導入」 targets, a 「－」 actual and 備考 full of figures, a 進捗状況 table with 単年度
 * and 累計 actuals and ％ stored as fractions). Written without looking at the reader, test/reader/layouts or the earlier
 * hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to
 * 131.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 132, on commit f19d516, before any change to expectations):
 *   all hold-out 132                  255   100.0 %     0.0 %       0       0      0    11/11
 * (255 facts: 100.0 % right, 0.0 % wrong, 0 missed, 0 silent, 0 flags, 11/11 workbooks flagged as expected; 11 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout132Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout132Workbook };
export { holdout2Bytes as holdout132Bytes, runHoldout2 as runHoldout132 } from '../holdout2';

export const HOLDOUT132: Holdout132Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
