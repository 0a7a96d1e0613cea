/**
 * The reader's 188th, blind hold-out set: "指定管理者制度・公の施設のモニタリング評価". Four workbooks of the four families (a 令和５年度 施策評価シート of 基本施策
 * 5-3 with five indicator blocks tiled two across, R2（現状値）…R7, 実績値／期待値（※R7は目標値） rows, 目指す方向 ↓（減少） on 事故発生件数, one 累計 block with
 * only the R7 目標値 and a 施策の達成状況 cell 「B」 beside last year's 「（C）」; a 令和５年度 公の施設管理運営事業 事業実績 with code, name and 概要 in one cell,
 * text figures 「年間利用者数 185,000人」, two measures 「講座開催数:48回⏎受講者数:960人」, a 未実施 and a 「－」 target; a 指定管理施設 KPI table at
 * 令和4年3月末…令和7年3月末 with 目標値／実績値 rows, 「1,150,000 人」「71.4 %」, a ↓ 重大事故件数 with 0 targets and a 集計中; a 公共施設マネジメント推進計画 成果指標 table with
 * 「38⏎（令和2年度）」, 目標（R8）, 実績 「42⏎（令和5年度）」 and a 削減 named only in 指標の説明); four outside them (a 令和６年度 市民総合体育館 月別利用状況 with 4月…3月, 年度計
 * (a rate averaged), a hidden 前年度計, 年間目標 and 達成率; a per-facility モニタリング評価結果一覧 with one 評価指標 per 施設 and the sheet's own
 * Ａ100／Ｂ90／Ｃ70 scale and a closed 郷土資料館; a 総合運動公園 業務評価 with years as rows and merged 目標／実績 headings; モニタリング評価シート one facility per
 * sheet with label/value blocks per 成果指標 and a target 「3件以下」); three traps (a 進捗管理表 with R6 目標／見込 filled, 単年度 and 累計 rows of the
 * same 縮減額 and ％ stored as fractions; a 令和６年度 維持管理コスト table with ↓ 縮減 costs, a 前年度実績（R5） column, targets 「ゼロ」「全施設（42施設）」 and an
 * actual 「61,200（見込）」; a 令和５年度 図書館 評価シート made in 令和6年8月 with R6 目標／実績（4～6月） filled, a 基準値（R元） column, a 集計中 and a 「－」 target of an
 * indicator added in R6).
 * Written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a
 * clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 186.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 188, on commit 187b074, before any change to expectations):
 *   all hold-out 188                  455    99.8 %     0.2 %       0       1      0    11/11
 * (455 facts: 99.8 % right, 0.2 % wrong, 0 missed, 1 silent, 0 flags, 11/11 workbooks flagged as expected; 10 of the 11 workbooks read right).
 * No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout188Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout188Workbook };
export { holdout2Bytes as holdout188Bytes, runHoldout2 as runHoldout188 } from '../holdout2';

export const HOLDOUT188: Holdout188Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
