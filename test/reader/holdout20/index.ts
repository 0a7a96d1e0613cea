/**
 * The reader's twentieth, blind hold-out set (issue 16): twelve layouts outside the four known families, as other
 * city offices lay them out (実施計画 進行管理表, 事務事業評価 system export, 障害福祉計画 on two sheets, 環境基本計画
 * in full-width text, 子ども・子育て KPI in FY years, 下水道 経営戦略 side by side with no year, 総合戦略 効果検証シート,
 * 教育振興基本計画 years-down blocks, 指定管理 monitoring forms, 施策評価表 from a system, 決算 主要施策の成果, 観光振興計画 years as rows),
 * written without looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the
 * facts a clerk reads (the samples README's rules). Built, read and scored exactly as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 20, committed reader at a5dae79, 18:06 UTC, before any change):
 *   all hold-out 20                   452    80.3 %     2.0 %      86       9      1    12/12
 * (452 facts: 80.3 % right, 2.0 % wrong, 86 missed, 9 silent, 1 flag, 12/12 workbooks flagged as expected;
 * full output in the first-blind run's log, /work/tmp/h20-first-blind.txt on the day).
 */
import type { Holdout2Workbook as Holdout20Workbook } from '../holdout2/kit';
import { FORM_WORKBOOKS } from './forms';
import { TABLE_WORKBOOKS } from './tables';
import { kankoYearsAsRows } from './yearsAsRows';

export type { Holdout20Workbook };
export { holdout2Bytes as holdout20Bytes, runHoldout2 as runHoldout20 } from '../holdout2';

export const HOLDOUT20: Holdout20Workbook[] = [...TABLE_WORKBOOKS, ...FORM_WORKBOOKS, kankoYearsAsRows];
