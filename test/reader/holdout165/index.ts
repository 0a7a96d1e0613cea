/**
 * The reader's 165th, blind hold-out set: "子どもの貧困対策・ひとり親家庭支援". Four workbooks of the four families (a 令和４年度
 * 施策評価シート with five stacked blocks R2（現状値）…R7, 期待値（※R7は目標値）／実績値 rows, a 集計中 and an empty 施策の達成状況
 * beside last year's 「（B）」; a 令和５年度 推進事業実績 of ひとり親 and 学習支援 projects with 「受給者数 9人」 text figures,
 * 「小学生:24人 中学生:47人」 in one cell, one 未実施 and the department's 自己評価; a 令和３年度 総合戦略 KPI 効果検証 with
 * 目標値／実績値 rows per 令和元年度…令和５年度, 「10 か所」, base-year 「-」 and ◎○△× under a worded 100/80/60 legend
 * (given as letters, the precedent of set 119); a 令和６年度 子どもの未来応援計画 成果指標 点検 with 現況 「36.0⏎（令和元年度）」,
 * 目標（R8）, 実績 with its year, 目指す方向 ↑／↓ and a 集計中); four outside them (月別 ひとり親家庭相談実績 4月…3月 with
 * SUM-formula 年度計, 年間目標 and a 達成率 formula; 事務事業評価シート one 事業 per sheet with a 令和３年度実績 column, full-width
 * 「３，１５０」 and 事業費（千円）; a 学習支援 実績推移 with years as rows, a 目指す方向 row with ↓ and a 目標値（令和５年度） row;
 * a ひとり親家庭等自立促進計画 進捗管理表 with 目標／実績 pairs under merged 令和５年度…令和７年度 headings); three traps (単年度
 * and 累計 actual columns where （累計） indicators take the 累計; targets 「増加」「前年度以上」 beside 「（参考）令和３年度 98世帯」
 * notes; a 年度別推移 with 令和６年度（9月末現在） already filled and ％ stored as fractions). Written without looking at the
 * reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's
 * rules). Built, read and scored as hold-outs 2 to 164.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 165, on commit d8d5521, before any change to expectations):
 *   all hold-out 165                  296   100.0 %     0.0 %       0       0      0    11/11
 * (296 facts: 100.0 % right, 0.0 % wrong, 0 missed, 0 silent, 0 flags, 11/11 workbooks flagged as expected; 11 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout165Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout165Workbook };
export { holdout2Bytes as holdout165Bytes, runHoldout2 as runHoldout165 } from '../holdout2';

export const HOLDOUT165: Holdout165Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
