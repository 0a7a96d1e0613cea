/**
 * The reader's 83rd, blind hold-out set: "a year's intake, mixed" — what an evaluation office receives in one cycle from
 * departments nobody has sampled yet. Four workbooks of the four families from a 中核市's 子育て, 農林, 都市整備 and 市民協働
 * departments, each with its own quirk (a 備考 「※R5実績は速報値」, text figures 「年１２回」「約3,500人」「100%」 with a ◎○△×
 * legend, a 方向 column ↗↘ with 「（見込）」 actuals, a 「（再掲）」 row); four outside the families (環境基本計画 with CO2 in
 * 千t-CO2 and 「2013年度比△46％」, 全国学力調査 「全国平均比」 in ポイント, 健康づくり with 男性/女性/全体 rows, 文化・スポーツ施設
 * with 利用者数 per 施設 and a 合計 row that is the indicator); three traps (a blank 実績値 column beside a filled 見込値 column,
 * a 「前年度比5％増」 target, two sheets of one layout for 令和4年度 and 令和5年度). Written without looking at the reader,
 * test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 83, on commit b7d20dd, before any change to expectations):
 *   all hold-out 83                   459    89.3 %    10.0 %      12      43      3    10/11
 * (459 facts: 89.3 % right, 10.0 % wrong, 12 missed, 43 silent, 3 flags, 10/11 workbooks flagged as expected).
 * Convention alignment (after the first figure, no workbook changed; session 36): h83-nourin-project-results' written ◎○△×
 * follow a legend giving them the standard scale's bands (100 / 80 / 60 %), so its facts give them as that scale's letters,
 * as sets 29 and 54 do (kit.ts lettersForLegendMarks); the builder wrote the marks. It turns that workbook's 8 silent
 * wrong facts right and changes nothing else.
 */
import { lettersForLegendMarks, type Holdout2Workbook as Holdout83Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout83Workbook };
export { holdout2Bytes as holdout83Bytes, runHoldout2 as runHoldout83 } from '../holdout2';

const MARKS_WITH_STANDARD_LEGEND = new Set(['h83-nourin-project-results']);

export const HOLDOUT83: Holdout83Workbook[] = lettersForLegendMarks([...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS], MARKS_WITH_STANDARD_LEGEND);
