/**
 * The reader's 118th, blind hold-out set: "市民協働・男女共同参画・人権・多文化共生" (自治会加入率, NPO, 審議会等の女性委員比率,
 * 男女共同参画プランの進捗, 人権啓発, 外国人相談, やさしい日本語). Four workbooks of the four families (a 施策評価シート on two sheets,
 * 3-2 市民協働 and 3-3 多文化共生, five stacked blocks each with R2年度（基準値）〜R7年度, a 期待値 row, a separate 目標値（R7年度）
 * column, 実績値 and a computed 達成率 row, 方向 ↑／↓ and an empty 達成状況評価 cell beside last year's 「（B）」; a 男女共同参画プラン
 * 推進事業 実績報告 with 「1-1-1　name⏎概要」, 令和５年度（数値目標｜実績値）, text figures 「延べ受講者数 247人」「年24回（相談61件）」,
 * a 新規認定／更新 pair, one 未実施 and a 「－」 survey row; a 多文化共生 KPI table 目標値／実績値 per 令和4年3月末〜令和7年3月末 with
 * 「1,187 件」 and a 参考指標 with 「-」 targets; a 人権教育・啓発推進計画 成果指標 with 「1,240⏎（令和元年度）」, 「15.0以下」 and a
 * 「－⏎（次回調査は令和7年度）」); four outside them (a 男女共同参画プラン 進捗状況調査票 with one form per 課, 取組の実施状況 and
 * 指標 現状値（R1）｜目標値（R8）｜実績値 R4年度｜R5年度｜担当課評価; a 指標 sheet whose actuals are ROUND/COUNTIF formulas over a
 * 審議会一覧 with computed 女性比率 and a 合計 row, one indicator to bring to 0; a 市民意識調査 with 前回｜今回 each over 全体｜男性｜
 * 女性 and 目標値（令和８年度）; a 多文化共生 四半期別実績 with a SUM 年間実績, 千件 and a typed annual 満足度), three traps (a 令和６年度
 * 事務事業評価表 of 令和５年度 事業 with a 令和6年度目標 column at the right, a 人権 plan whose （累計） indicators are compared
 * through a 累計（R4～R6） column, a 国際交流 plan with years as rows and no stated period). Written without looking at the reader,
 * test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built,
 * read and scored as hold-outs 2 to 116.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 118, on commit 7ba9ff8, before any change to expectations):
 *   all hold-out 118                  572    96.3 %     2.8 %       6       6      9    10/11
 * (572 facts: 96.3 % right, 2.8 % wrong, 6 missed, 6 silent, 9 flags, 10/11 workbooks flagged as expected; 8 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout118Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout118Workbook };
export { holdout2Bytes as holdout118Bytes, runHoldout2 as runHoldout118 } from '../holdout2';

export const HOLDOUT118: Holdout118Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
