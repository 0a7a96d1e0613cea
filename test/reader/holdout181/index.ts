/**
 * The reader's 181st, blind hold-out set: "健康づくり・健康ポイント・受動喫煙対策". Four workbooks of the four families (a
 * 令和４年度 施策評価シート with four stacked 成果指標 blocks R2（基準値）…R7（目標値）, 期待値／実績値 rows, 目指す方向 ↑（増加）／
 * ↓（減少） and an empty 施策の達成状況 beside last year's 「（B）」; a 令和３年度 健康づくり関連事業 実績報告 with text figures
 * 「参加者数 2,138人」, 「開催回数 18回 参加者数 402人」 in one cell and one 未実施; a 第２期総合戦略 KPI table with 目標値／実績値
 * rows per 令和2年度…令和6年度, 「3,180 人」「80.8 年」, a 集計中 and ◎○△× under a legend of bands and words; a 第３次健康増進計画
 * 成果指標 table with 「16.8⏎（令和元年度）」, 目標（R9）, 目指す方向 減少, a blank 実績 and a target of 0); four outside them (健康
 * ポイント 月別集計 with a 年度計 feeding a 目標と実績 sheet by formulas, 事務事業評価シート one 事業 per sheet with 活動指標／成果
 * 指標, years as rows 平成30年度…令和4年度 with 目標／実績 under merged headings, a 健康増進計画 中間評価 with 判定 ◎○△× by trend);
 * three traps (％ stored as fractions with a 累計 target beside an 「うち令和5年度新規」 column, 「前年度以上」「延伸」「なくす」
 * targets, a 平成30年度 評価 with its own Ａ100／Ｂ90／Ｃ70 bands and figures in 備考 and 県平均（参考）). Written without
 * looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples
 * README's rules). Built, read and scored as hold-outs 2 to 180.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 181, on commit 6a6d6a6, before any change to expectations):
 *   all hold-out 181                  309   100.0 %     0.0 %       0       0      1    10/11
 * (309 facts: 100.0 % right, 0.0 % wrong, 0 missed, 0 silent, 1 flag, 10/11 workbooks flagged as expected; 10 of the 11
 * workbooks read right: every fact right, but h181-keikaku-shihyo gets a reading-uncertain finding it should not, the blank
 * 実績 of 受動喫煙の機会を有する者の割合（飲食店） taken for an unread figure because its 現状把握の方法 「県民健康栄養調査（5年ごと）」
 * holds a 5). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout181Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout181Workbook };
export { holdout2Bytes as holdout181Bytes, runHoldout2 as runHoldout181 } from '../holdout2';

export const HOLDOUT181: Holdout181Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
