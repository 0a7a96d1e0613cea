/**
 * The reader's 65th, blind hold-out set (issue 16): evaluation documents outside the four families that a municipal
 * evaluation office still receives — a 事務事業評価シート with 活動指標 and 成果指標 side by side (both graded: each has a
 * target and an actual), a まち・ひと・しごと創生 効果検証 sheet (基本目標 and 具体的施策 levels, a （再掲） row), the
 * 教育委員会の点検・評価 (◎○△, a （参考）全国平均 row, a hidden column), a 男女共同参画プラン (「34.6%」 text, 「—」), an
 * 環境白書 (西暦 columns, 基準年度 2013, 令和6年度版 reporting 2023), a 健康増進計画 中間評価 (策定時/中間/目標, 判定 a–d), a
 * 指定管理者 monitoring sheet (利用者満足度, 収支 in 千円), a 下水道 経営比較分析表 (類似団体平均値 rows that are not
 * targets), 主要施策の成果 (決算額 千円, output counts in text, a 合計 row), a 地域福祉計画 (「増加」「維持」 targets: no
 * grade), a sheet whose fiscal year is only in its title as 西暦 (a hidden 廃止 row), and a sheet whose footnote gives the
 * direction of numbered indicators. Written without looking at the reader, test/reader/layouts or the earlier hold-outs'
 * workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 65, on commit f580c72, before any change to expectations):
 *   all hold-out 65                   551    78.0 %    10.5 %      85      58      0    12/12
 * (551 facts: 78.0 % right, 10.5 % wrong, 85 missed, 58 silent, 0 flags, 12/12 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout65Workbook } from '../holdout2/kit';
import { PART1 } from './part1';
import { PART2 } from './part2';
import { PART3 } from './part3';

export type { Holdout65Workbook };
export { holdout2Bytes as holdout65Bytes, runHoldout2 as runHoldout65 } from '../holdout2';

export const HOLDOUT65: Holdout65Workbook[] = [...PART1, ...PART2, ...PART3];
