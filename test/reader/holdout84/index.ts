/**
 * The reader's 84th, blind hold-out set: "個別計画 of the second half of a 総合計画 period" — progress workbooks of the plans
 * under a 後期基本計画. Four workbooks of the four families from offices of an unusual size (a 特別区's 教育振興基本計画
 * 施策評価シート with 実績値 / 期待値 / 目標値 rows per block, a 水道企業団's 事業実績 with text targets 「更新延長　３．５km」 and two
 * measures in one cell, a 町's 総合戦略 KPI with 3月末 columns and 「－」 targets, a village's 地域福祉計画 indicators with the unit in
 * brackets after the name); four outside the families (a 中間評価 with 策定時 / 中間値 / 目標値 and ◎○△, a DX plan whose targets
 * are dates, words or 「基準値の2倍」, 延床面積 per 施設類型 with 「△10％」 targets against 平成28年度末, a 観光 table with 万人 and
 * 千人 rows); four traps (a hidden 実績（速報） column beside the shown 実績 with 「再掲」 KPIs, targets in the unlabelled row below
 * each indicator, 評価 IF formulas blind to a 目標の方向 column, full-width figures with 「約」 and 万). Written without looking at
 * the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's
 * rules). Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 84, on commit e78fcb0, before any change to expectations):
 *   all hold-out 84                   550    78.0 %     6.0 %     100      33      2    10/12
 * (550 facts: 78.0 % right, 6.0 % wrong, 100 missed, 33 silent, 2 flags, 10/12 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout84Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout84Workbook };
export { holdout2Bytes as holdout84Bytes, runHoldout2 as runHoldout84 } from '../holdout2';

export const HOLDOUT84: Holdout84Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
