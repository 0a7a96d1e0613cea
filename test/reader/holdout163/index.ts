/**
 * The reader's 163rd, blind hold-out set: "地域医療・医師確保・救急医療体制". Four workbooks of the four families (a 施策評価シート
 * of 令和４年度 with four blocks tiled two across, R2（現状値）…R7（目標値）, 実績値／期待値 rows, ↓（短縮）, a 集計中 and an empty
 * 施策の達成状況 beside last year's 「（B）」; a 令和３年度 事業実績 of 推進事業 with text figures 「延べ 72日」「講演会 1回（…）」,
 * two measures in one cell and a 未実施; a 総合戦略 KPI table of 令和６年度実績 with 目標値／実績値 rows per 令和4年3月末…令和8年3月末,
 * values 「41.5 分」, 「-」 targets and ◎○△× with a 100/80/60 legend in words; a 地域医療計画 成果指標 table with
 * 「312⏎（令和6年3月31日現在）」, 目標（R9） and a blank 実績); four outside them (a 消防本部 救急業務 table with years as rows and
 * a 目標値 row, 事務事業評価シート one 事業 per sheet with 活動指標／成果指標 in full-width digits, a 公立病院経営強化プラン 点検・
 * 評価表 with 計画／実績 for two years and ○× of words only, へき地医療 目標 and 実績 sheets joined by 指標ID); three traps (a
 * 令和５年度実績 evaluation with an R6実績（9月末現在） column filled, 「前年度以上」「全国平均以下」 targets with ％ stored as
 * fractions, 単年度／累計 rows with a 累計 target). Written without looking at the reader, test/reader/layouts or the earlier
 * hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 162.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 163, on commit d8d5521, before any change to expectations):
 *   all hold-out 163                  325    99.4 %     0.6 %       0       2      2    10/11
 * (325 facts: 99.4 % right, 0.6 % wrong, 0 missed, 2 silent, 2 flags, 10/11 workbooks flagged as expected; 9 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout163Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout163Workbook };
export { holdout2Bytes as holdout163Bytes, runHoldout2 as runHoldout163 } from '../holdout2';

export const HOLDOUT163: Holdout163Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
