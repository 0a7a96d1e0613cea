/**
 * The reader's fifth, blind hold-out set (issue 16): the four known families as yet another office
 * lays them out (policy.ts, families.ts) and other shapes (tables.ts, shapes.ts), written without looking at the
 * reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads
 * (the samples README's rules). Built, read and scored exactly as hold-outs 2–4 (groups matched by sheet and cell).
 *
 * First blind figure (npm run bench:reader:holdout5, before any change to the reader or to these expectations):
 * 14 workbooks, 460 facts: right 84.3 %, wrong 1.1 %, missed 70, silent 5, flags 4, flag ok 12/14
 * (verbatim: "all hold-out 5                    460    84.3 %     1.1 %      70       5      4    12/14").
 * Not right: 有害鳥獣被害防止対策事業 direction and grade (a ceiling 「1,500万円以下」 read as higher-is-better);
 * the side-by-side 目標値 / 実績値 tables and the ％-as-fractions table read as no indicators at all (66 facts missed);
 * the stacked tables' 基本目標の評価 rows read as three indicators and their three rating cells missed; the cover
 * policy's rating cell 施策の評価 (C3) missed; reading-uncertain raised where the period is stated
 * (「令和6年3月末現在」 above the KPI table, 「（令和５年度実績）」 in the three-header-row table's title).
 */
import type { Holdout2Workbook as Holdout5Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { POLICY_WORKBOOKS } from './policy';
import { SHAPE_WORKBOOKS } from './shapes';
import { TABLE_WORKBOOKS } from './tables';

export type { Holdout5Workbook };
export { holdout2Bytes as holdout5Bytes, runHoldout2 as runHoldout5 } from '../holdout2';

export const HOLDOUT5: Holdout5Workbook[] = [...POLICY_WORKBOOKS, ...FAMILY_WORKBOOKS, ...TABLE_WORKBOOKS, ...SHAPE_WORKBOOKS];
