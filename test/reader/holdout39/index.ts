/**
 * The reader's thirty-ninth, blind hold-out set (issue 16): TRAP workbooks, half in the four known
 * families as yet other offices lay them out, half in other shapes, written without looking at the
 * reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads
 * (the samples README's rules). Each holds one or two traps that tempt a silent mistake while staying
 * unambiguous to a careful clerk: targets and actuals in different units (千人/人, 万円/円/千円, ％ as a
 * fraction), a 前年度実績 column or row beside the 実績, next year's target beside this year's, 達成率
 * the sheet computed against last year, written grades (letters, full-width letters or words) that
 * disagree with the figures, 「―」「未実施」「集計中」「調査中」「R6から実施」「皆増」, direction words only in
 * a name (～の減少, 待機児童数, 転出超過数) and a 削減率 that is higher-is-better, an indicator repeated
 * （再掲） in a second table, a hidden sheet of last year's figures. Two readings rest on a guess (an
 * actual of the year before; no period stated). Built, read and scored exactly as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 39, committed reader at 9fc3a49, 22:56 UTC, before any change to expectations):
 *   all hold-out 39                   417    97.6 %     3.4 %       0      11      5     9/12
 * (417 facts: 97.6 % right, 3.4 % wrong (four of them spurious indicators, counted beside the facts), 0 missed,
 * 11 silent, 5 flags, 9/12 workbooks flagged as expected). Full output: /work/tmp/h39-first-blind.txt.
 */
import type { Holdout2Workbook as Holdout39Workbook } from '../holdout2/kit';
import { MORE_WORKBOOKS } from './moreLayouts';
import { OTHER_WORKBOOKS } from './others';
import { PLAN_WORKBOOKS } from './planTables';
import { POLICY_WORKBOOKS } from './policySheets';
import { PROJECT_WORKBOOKS } from './projectTables';

export type { Holdout39Workbook };
export { holdout2Bytes as holdout39Bytes, runHoldout2 as runHoldout39 } from '../holdout2';

const ALL: Holdout39Workbook[] = [...POLICY_WORKBOOKS, ...PROJECT_WORKBOOKS, ...PLAN_WORKBOOKS, ...OTHER_WORKBOOKS, ...MORE_WORKBOOKS];

/** In the order of their names (h39-01 … h39-12). */
export const HOLDOUT39: Holdout39Workbook[] = [...ALL].sort((a, b) => a.name.localeCompare(b.name));
