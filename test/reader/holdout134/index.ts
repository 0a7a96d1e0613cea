/**
 * The reader's 134th, blind hold-out set: "統計調査・情報政策・行政DX". Four workbooks of the four families (a 施策評価シート 5-2
 * with stacked blocks R3（現状値）…R8（目標値）, 実績値／期待値 rows, 目指す方向 ↑（増加）／↓（減少）, a 集計中 and an empty 施策の
 * 達成状況 beside last year's 「（A）」, evaluated 令和６年度; a 令和５年度 推進事業 実績 with text figures 「公開データセット数
 * 134件」, two measures 「スマホ教室 42回／受講者 512人」 and one 未実施; a デジタル分野 KPI table with 目標値／実績値 rows per
 * 令和3年度…令和7年度, values 「9,215 人」 and 「-」 targets, evaluated 令和4年度; a 第３次情報化推進計画 成果指標 table with
 * 「310⏎（令和3年度）」, 目標（R9）, a 減少 indicator and a 集計中); four outside them (電子申請 月別利用件数 with 年度計, 年度目標
 * and 達成率; 事務事業評価シート one 事業 per sheet with 活動指標／成果指標; a DX推進計画 進捗管理表 with years as rows and
 * 目標／実績 column pairs under merged headings; a 令和２年度 達成状況 table with 目標・実績 pairs per year and ○×); three traps
 * (交付枚数 in 単年度 and 累計 rows with the 目標 on the 累計 row and 交付率 stored as fractions; a 令和６年度 効果検証シート of
 * 令和５年度実績 with 令和６年度 columns filled and a 「前年度以上」 target; 統計調査 results with full-width figures, a 集計中,
 * a 前回調査 column and 備考 with numbers). Written without looking at the reader, test/reader/layouts or the earlier
 * hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 133.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 134, on commit f19d516, before any change to expectations):
 *   all hold-out 134                  264    92.4 %     0.8 %      18       2      0    11/11
 * (264 facts: 92.4 % right, 0.8 % wrong, 18 missed, 2 silent, 0 flags, 11/11 workbooks flagged as expected; 9 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout134Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout134Workbook };
export { holdout2Bytes as holdout134Bytes, runHoldout2 as runHoldout134 } from '../holdout2';

export const HOLDOUT134: Holdout134Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
