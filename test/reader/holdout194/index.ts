/**
 * The reader's 194th, blind hold-out set: "キャッシュレス決済・地域通貨・プレミアム付商品券". A 商工観光部 office of みなと市 writes its
 * four families in its own variant — a 基本施策事後評価シート with five indicator blocks stacked down the sheet (目指す方向 ↑/↓,
 * R2 現状値 to R7 目標, the 施策の達成状況 cell with last year in brackets), a 事業実績 table of R6 targets and actuals as text
 * (two measures in a cell, 未実施), a 地域再生計画 KPI table of 目標値/実績値 rows under 令和N年3月末 columns (one KPI with no
 * target), and a 点検評価一覧 with 現況/実績 carrying their years, 目標（R8）, a 「以下」 target and a 集計中 —; four shapes
 * outside them (a monthly 地域通貨 usage table with 年度計, a hidden 前年度計 and a stock row; プレミアム付商品券 years as rows
 * with 目標|実績 pairs; one 事務事業評価票 per sheet; a 市民意識調査 summary with 前回/今回 shares and the unit only in a note);
 * and three traps (単年度 beside 累計 rows with R6 9月末 actuals filled; ％ stored as fractions beside an R6見込 column, a
 * target in words and a 集計中; lower-is-better rows of which one is marked only by a ※ footnote).
 * Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a
 * clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 186.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 194, on commit 187b074, before any change to expectations):
 *   all hold-out 194                  419    96.7 %     4.1 %       0       2     14     8/11
 * (419 facts, 96.7 % right, 4.1 % wrong — three spurious 事業費 予算額 rows of the 事務事業評価票 count as wrong beside 100 % of
 * the expected facts —, 0 missed, 2 silent (the survey's ※ lower-is-better row read as higher-is-better: direction and
 * grade), 14 reading-uncertain flags, flagged as expected in 8 of 11 workbooks; 7 of 11 read right: the years-as-rows
 * 商品券 推移 was read for 令和6年度 (the planned row), the forms gave 3 spurious indicators, the survey lost the ※ direction,
 * the 累計/単年度 trap was read right but flagged with no guess to make).
 * No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout194Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout194Workbook };
export { holdout2Bytes as holdout194Bytes, runHoldout2 as runHoldout194 } from '../holdout2';

export const HOLDOUT194: Holdout194Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
