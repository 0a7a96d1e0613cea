/**
 * The reader's 166th, blind hold-out set: "ひきこもり支援・若者の就労支援". Four workbooks of the four families (a 令和６年度
 * 施策評価シート with four stacked indicator blocks R3（現状値）…R8（目標値）, 実績値 over 「期待値⏎※R8は目標値」, a 集計中 and an
 * empty 施策の達成状況 cell beside last year's 「（B）」; a 令和５年度 推進事業実績 of 若者就労 projects with text figures
 * 「新規登録者数 52人」, 「面接会 2回⏎参加者 118人」 and one 未実施; a 総合戦略 KPI table with 目標値／実績値 rows under
 * 令和3年3月末…令和7年3月末, 「372 人」「81.2 ％」, 「-」 targets and ◎○△× whose legend gives the default bands and words; a
 * 子ども・若者育成支援計画 成果指標 table with 「538⏎（令和3年度）」 and a 「－」 実績); four outside them (a サポステ 実績報告 with
 * 令和４年度 and 令和５年度 目標／実績／達成率 side by side, 令和２年度 事務事業評価シート one 事業 per sheet, a 年度別実績一覧 with
 * years as rows 平成28年度…令和２年度 and full-width 「１，６２０」, a 令和７年度 取組評価票 written label over value with 目指す方向
 * 減少); three traps (a 令和７年度 行政評価 of 令和６年度実績 between 令和５年度実績 and 令和７年度目標 with 「前年度以上」 and 集計中,
 * 単年度 and 累計 実績 side by side with ％ stored as fractions and figures in 備考, a 評価表 in full-width digits with a 「－」
 * target, 「（うち新規１か所）」 and ○× whose legend gives words alone). Written without looking at the reader,
 * test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built,
 * read and scored as hold-outs 2 to 162.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 166, on commit d8d5521, before any change to expectations):
 *   all hold-out 166                  311   100.0 %     0.0 %       0       0      0    11/11
 * (311 facts: 100.0 % right, 0.0 % wrong, 0 missed, 0 silent, 0 flags, 11/11 workbooks flagged as expected; 11 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout166Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout166Workbook };
export { holdout2Bytes as holdout166Bytes, runHoldout2 as runHoldout166 } from '../holdout2';

export const HOLDOUT166: Holdout166Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
