/**
 * The reader's 156th, blind hold-out set: "道の駅・農産物直売所・6次産業化". Four workbooks of the four families (a 令和４年度
 * 基本施策事後評価シート 2-4 農業の６次産業化と地産地消の推進 with six blocks tiled two across, R元（基準値）…R6（目標値）, a 実績値
 * row above a 「期待値⏎※R6は目標値」 row, 目指す方向 増加／減少, one 集計中 and an empty 達成状況評価 cell beside last year's
 * 「（C）」; a 令和６年度 事業実績 of ６次産業化・地産地消 projects with text figures 「派遣回数 24回」「出展 10事業者／成約 6件」
 * 「6回（来場者 延べ 8,420人）」 and one 未実施; a 道の駅を核とした地域活性化戦略 KPI table with 目標値／実績値 rows under
 * 令和3年3月末…令和6年3月末, values 「35.8 万人」, 目標の方向 and ◎○△× on its own 100/70/40 bands; a 地産地消・６次産業化推進
 * 計画 成果指標 table with 「612⏎（令和2年度）」 and a 実績 「－」); four outside them (a 道の駅 指定管理者 年度評価シート of
 * 令和２年度 with its own S/A/B/C scale and a 「10件以下」 target, a 総合化事業計画 実施状況報告 with 計画／実績 pairs per 計画年度
 * and 報告対象年度 「令和６年度（計画4年目）」, a 直売所 運営状況報告 with the years as rows 平成27年度…令和元年度 and 「販売額（千円）」
 * headings, and 事務事業評価シート one 事業 per sheet with 方向 ↑／↓); three traps (a 令和４年度 評価表 with 令和５年度 columns
 * already filled to 12月末, a 進捗状況 with 単年度 and 累計 実績 beside a 累計 目標 and a target 「増加」, a 達成状況 table with ％
 * stored as fractions, a 「5.0％以下」 target, a 速報値 and notes full of figures). Written without looking at the reader,
 * test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built,
 * read and scored as hold-outs 2 to 152. (One slip: the builder opened holdout119/families.ts while looking for the format to
 * copy; no workbook or fact here was taken from it, and nothing of the reader or test/reader/layouts was read.)
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 156, on commit e4b9541, before any change to expectations):
 *   all hold-out 156                  402    97.3 %     2.7 %       0      11      1    10/11
 * (402 facts: 97.3 % right, 2.7 % wrong, 0 missed, 11 silent, 1 flag, 10/11 workbooks flagged as expected; 8 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout156Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout156Workbook };
export { holdout2Bytes as holdout156Bytes, runHoldout2 as runHoldout156 } from '../holdout2';

export const HOLDOUT156: Holdout156Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
