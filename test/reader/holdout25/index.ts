/**
 * The reader's 25th, blind hold-out set (issue 16): twelve workbooks outside the four families as
 * other offices lay them out (総合戦略 KPI cards, a monthly report, targets and actuals on two sheets,
 * a system export, a 個別計画 progress table, two policies side by side, a KPI 推移 table with years as
 * rows, one 事務事業評価シート per project), two built to tempt a silent mistake (revised targets,
 * last year's actuals, hidden cells, a reference table; text and full-width numbers, formulas,
 * （見込み）, grades as words) and two whose reading is a guess (no period; another year's 直近値),
 * written without looking at the reader, the fixture layouts or the earlier hold-outs' workbooks,
 * each with the facts a clerk reads (the samples README's rules). Built, read and scored exactly as
 * hold-outs 2 to 24 (groups matched by sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 25, before any change to expectations; reader of
 * commit 819b602, measured in a clean worktree at 20:57 UTC, full output in /work/tmp/h25-first-blind.txt):
 *   all hold-out 25                   420    80.0 %     8.3 %      66      32      1    11/12
 * (420 facts: 80.0 % right, 8.3 % wrong, 66 missed, 32 silent, 1 flag, 11/12 workbooks flagged as expected).
 */
import { FORM_WORKBOOKS } from './forms';
import { GUESS_WORKBOOKS } from './guesses';
import type { Holdout25Workbook } from './kit';
import { TABLE_WORKBOOKS } from './tables';
import { TEMPTING_WORKBOOKS } from './tempting';

export type { Holdout25Workbook };
export { holdout2Bytes as holdout25Bytes, runHoldout2 as runHoldout25 } from '../holdout2';

export const HOLDOUT25: Holdout25Workbook[] = [...FORM_WORKBOOKS, ...TABLE_WORKBOOKS, ...TEMPTING_WORKBOOKS, ...GUESS_WORKBOOKS].sort((a, b) =>
  a.name.localeCompare(b.name),
);
