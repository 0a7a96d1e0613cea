/**
 * The reader's 144th, blind hold-out set: "商店街・中心市街地活性化". Four workbooks of the four families (a 施策評価シート
 * of 令和４年度 with two 施策 on two sheets, blocks 指標①…⑦ tiled two across, R元（現状値）…R7 with 実績値／期待値（※R7は目標値）
 * rows, 目指す方向 ↑／↓, a 「－」 in a 隔年調査 year, a 集計中, one 施策 grade cell empty and one written 「C」 beside 「（C）」;
 * a 令和３年度 推進事業実績 with text figures 「補助件数 ７件」, two measures in one cell, 「（うち創業 4人）」 and one 未実施; a
 * 第２期総合戦略 KPI table of 令和６年度実績 with 目標値／実績値 rows per 令和2年度…令和6年度, 「11,240 人」「14.9 ％」, 方向 ↑／↓
 * and ◎○△× by bands; a 商業振興計画 点検評価一覧 of 令和５年度実績 with 「１０，１２０⏎（令和5年度）」, 目標（R8）, a 累計 target
 * 「60⏎（R4～R8累計）」, one 実績 of the year before (a guess) and a blank 実績); four outside them (a 中心市街地活性化基本計画
 * 最終フォローアップ報告 of 令和元年度 with 基準値／目標値／最新値 and its own A／B／C 達成状況, a 中心市街地の現況 table of
 * 令和２年度 with years as rows, units in the headings and a 目標値 row, 事務事業評価シート of 平成30年度 one 事業 per sheet with
 * 活動指標／成果指標 and a 事業費 table, a 商店街活性化プラン of 令和６年度 with 目標値 and 実績 on two sheets joined by No.);
 * three traps (a 令和５年度 進捗管理表 with 令和６年度 目標／実績（9月末時点） already filled and a 「398（見込み）」, a 令和４年度
 * 成果指標評価表 with 単年度 | 累計（H30～） actuals, a 「累計 25」 target and a 「前年度以上」 target rated A, notes with
 * figures, a 令和３年度 目標指標の達成状況 with ％ stored as fractions under a % format). Written without looking at the reader,
 * test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built,
 * read and scored as hold-outs 2 to 143.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 144, on commit 0b8bb00, before any change to expectations):
 *   all hold-out 144                  392    83.4 %     1.3 %      65       5      1    11/11
 * (392 facts: 83.4 % right, 1.3 % wrong, 65 missed, 5 silent, 1 flag, 11/11 workbooks flagged as expected; 8 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout144Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout144Workbook };
export { holdout2Bytes as holdout144Bytes, runHoldout2 as runHoldout144 } from '../holdout2';

export const HOLDOUT144: Holdout144Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
