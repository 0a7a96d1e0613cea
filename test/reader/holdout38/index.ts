/**
 * The reader's thirty-eighth, blind hold-out set (issue 16): layouts outside the four families, written
 * without looking at the reader, the fixture layouts or the earlier hold-outs' workbooks, each with the
 * facts a clerk reads (the samples README's rules): sheets converted from PDF or Word, a 主要な施策の
 * 成果説明書, a 議会報告資料 with a narrative 評価, a 総合計画 実施計画 with 前期/後期 targets, a 集計 sheet
 * repeating the departments' sheets, R4実績 | R5目標 | R5実績 | R6目標 rows under a header block, stacked
 * tables with no year stated, indicators as columns, an annual report with a lagging 最新値, and policy
 * sheets with blank spacer columns. Built, read and scored exactly as hold-outs 2 to 9 (groups matched by
 * sheet and cell).
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 38 on the committed reader 9fc3a49, 2026-12-01 22:56 UTC,
 * before any change to expectations):
 *   all hold-out 38                   503    75.1 %    13.3 %      66      50      6    11/12
 * (503 facts: 75.1 % right, 13.3 % wrong, 66 missed, 50 silent, 6 flags, 11/12 workbooks flagged as expected;
 * 8 of 12 workbooks not read right, listed in HOLDOUT38_FAILING).
 */
import type { Holdout2Workbook as Holdout38Workbook } from '../holdout2/kit';
import { CONVERTED_WORKBOOKS } from './converted';
import { OTHER_WORKBOOKS } from './others';
import { PLAN_WORKBOOKS } from './plans';
import { REPORT_WORKBOOKS } from './reports';

export type { Holdout38Workbook };
export { holdout2Bytes as holdout38Bytes, runHoldout2 as runHoldout38 } from '../holdout2';

/** In the order of their names (h38-01 … h38-12). */
export const HOLDOUT38: Holdout38Workbook[] = [...CONVERTED_WORKBOOKS, ...REPORT_WORKBOOKS, ...PLAN_WORKBOOKS, ...OTHER_WORKBOOKS].sort((a, b) =>
  a.name.localeCompare(b.name),
);
