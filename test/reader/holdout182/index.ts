/**
 * The reader's 182nd, blind hold-out set: "農福連携・障害者就労・工賃向上". Four workbooks of the four families (a 令和４年度
 * 基本施策評価シート with six indicator blocks tiled two across, R2（現状値）…R6（目標）, a 実績値 row above a 「期待値⏎※R6は目標値」
 * row, a ↓（減少） 離職者数, a 集計中 and an empty 達成状況評価 cell beside 「（B）」; a 令和５年度 農福連携・障害者就労支援事業 実績報告
 * with text figures 「実習 4回／参加者 40人」「131件（うち役務 48件）」「延べ 1,612人日」 and one 未実施; a 第６期障害福祉計画 KPI
 * table with 目標値／実績値 rows per 令和3年度…令和5年度, 「16,890 円」「97 人／月」 and ◎○△×; a 農福連携推進計画 成果指標 table
 * of 令和６年度 with 「14⏎（令和3年度）」, a full-width 「１５⏎（令和６年度）」 and a blank 実績); four outside them (a 事業所別 工賃
 * 実績及び目標工賃達成状況 with a 前年度比 in %, a 就労指標の推移 with years as rows, 事務事業評価シート one 事業 per sheet with
 * 評価年度 令和７年度／対象年度 令和６年度, and a 県への 実績報告書 in label–value rows with full-width digits and 「約２，５００」);
 * three traps (a 工賃向上計画 推移 with a 令和6年度（9月末現在） column already filled and ％ as fractions, a 進捗管理表 whose
 * targets are 累計 under a 単年度 row, a 成果指標評価表 with 「設定なし」, figures in 備考 and a non-default ○△× legend). Written
 * without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the
 * samples README's rules). Built, read and scored as hold-outs 2 to 181.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 182, on commit 6a6d6a6, before any change to expectations):
 *   all hold-out 182                  424    89.9 %     0.2 %      42       0      2     9/11
 * (424 facts: 89.9 % right, 0.2 % wrong, 42 missed, 0 silent, 2 flags, 9/11 workbooks flagged as expected; 8 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout182Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout182Workbook };
export { holdout2Bytes as holdout182Bytes, runHoldout2 as runHoldout182 } from '../holdout2';

export const HOLDOUT182: Holdout182Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
