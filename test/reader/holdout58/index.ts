/**
 * The reader's 58th, blind hold-out set (issue 16): six practical documents outside the four families (創生総合戦略 with
 * 数値目標 and KPIs, 水道事業ビジョン 業務指標 with PI codes, 農業委員会の活動の点検・評価, 地域公共交通計画, 生涯学習推進計画,
 * 自殺対策計画) and six workbooks that tempt a confident wrong grade (「前年度比10％増」 targets, a target merged across two
 * year columns, actuals with ※ marks named by their footnotes, a 「実績（見込）」 column, hidden columns of the previous plan,
 * two evaluation years side by side with the newer one blank and a ◎○△× legend on another sheet). Written without looking
 * at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples
 * README's rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 58, on commit 1332d92, before any change to expectations):
 *   all hold-out 58                   444    94.6 %     2.5 %      14       9      1    11/12
 * (444 facts: 94.6 % right, 2.5 % wrong, 14 missed, 9 silent, 1 flag, 11/12 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout58Workbook } from '../holdout2/kit';
import { PLAN_WORKBOOKS } from './plans';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout58Workbook };
export { holdout2Bytes as holdout58Bytes, runHoldout2 as runHoldout58 } from '../holdout2';

export const HOLDOUT58: Holdout58Workbook[] = [...PLAN_WORKBOOKS, ...TRAP_WORKBOOKS];
