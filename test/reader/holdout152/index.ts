/**
 * The reader's 152nd, blind hold-out set: "特別支援教育・障害児支援・医療的ケア児". Four workbooks of the four families (a
 * 令和４年度 施策評価シート with 施策3-2 特別支援教育の充実 and 施策3-3 障がいのある子どもと家族への支援 on two sheets, blocks
 * tiled two across, R2（現状値）…R7 with 実績値／期待値 rows and an empty 達成状況評価 cell beside last year's 「（A）」「（B）」; a
 * 令和３年度 事業実績 with text figures 「配置人数 76人」「相談件数 241件（うち就学前 148件）」, two measures in one cell
 * 「実施回数 12回⏎参加者 41人」 and one 未実施; a 障がい児福祉計画 KPI table with 目標値／実績値 rows per 令和3年3月末…令和6年3月末,
 * values 「398 人」, 「-」 targets, a 集計中 and a 待機児童数 whose note says 減少を目指す; a 点検評価一覧 of 令和６年度 with
 * 「31.2⏎（令和6年度）」「9⏎（令和7年3月末現在）」, 目標（R8）, a 短縮（減少） indicator and a blank 実績); four outside them (a
 * サービス見込量と実績 table with 見込量／実績／対見込比 under 令和３～５年度 in 人/月, 事務事業評価シート one 事業 per sheet with
 * 活動指標／成果指標 over 令和４～７年度, a こども発達支援センター 事業実績評価表 of 令和２年度 with ◎○△× by a legend of bands
 * only (the written grade is the mark as written, as earlier sets), and a 相談室 実績推移 with years as rows 平成26年度…令和元年度
 * and 目標／実績 pairs); three traps (a 令和５年度 進捗状況シート with a 令和６年度（見込） column filled and 目標値（累計） beside
 * 実績値（単年度）／実績値（累計）, a 令和元年度 成果指標評価表 with ％ stored as fractions, 「前年度より増加」, 「－」 and full-width
 * ６, a 令和６年度 点検・評価シート with R5実績／R6実績 and 中間目標（R6） beside 最終目標（R8） and a 方向 ↑／↓ column). Written
 * without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the
 * samples README's rules). Built, read and scored as hold-outs 2 to 151.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 152, on commit 9ec5784, before any change to expectations):
 *   all hold-out 152                  339   100.0 %     0.0 %       0       0      0    11/11
 * (339 facts: 100.0 % right, 0.0 % wrong, 0 missed, 0 silent, 0 flags, 11/11 workbooks flagged as expected; 11 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout152Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout152Workbook };
export { holdout2Bytes as holdout152Bytes, runHoldout2 as runHoldout152 } from '../holdout2';

export const HOLDOUT152: Holdout152Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
