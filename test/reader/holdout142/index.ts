/**
 * The reader's 142nd, blind hold-out set: "児童相談・児童虐待防止・社会的養護". Four workbooks of the four families (a 施策評価シート
 * with two 施策 on two sheets, stacked 成果指標 blocks R2（基準値）…R7（目標値） with 期待値／実績値 rows, 目指す方向 ↑（増加）／↓（減少）,
 * a 集計中, a block whose 期待値 row holds only the R7 目標値, and empty 施策の達成状況 cells beside last year's 「（B）」; a 令和４年度
 * 事業実績 of 児童虐待防止 projects with text figures 「専門的相談支援 44世帯⏎育児・家事援助 21世帯」「利用延べ日数 ２６４日」, 人 vs
 * 名, section rows and one 未実施; a 子ども家庭支援体制強化事業 KPI table with 目標値／実績値 rows per 令和4年3月末…令和7年3月末 and
 * values 「1,720 件」; a 社会的養育推進計画 成果指標 table of 令和３年度 with 「18.2⏎（平成30年度末）」, 目標（R11） and a blank 実績);
 * four outside them (a 里親委託推進 table with the years as rows, 目標／実績 pairs under 「里親登録数（世帯）」 and no year stated, a
 * guess; 事務事業評価シート one 事業 per sheet with 目標／実績／達成率 rows; a 進捗管理表 with 方向 ↑／↓, a 達成率 column and its own
 * ◎○△× legend by 100／80／50 bands; a 児童相談所 業務評価 split into 表紙, 目標設定 and 実績 sheets with the next year's first quarter
 * filled); three traps (単年度 vs 累計 targets beside both actual columns with a 里親等委託率 stored as fractions, a 令和２年度 評価表
 * of 令和元年度 with 「前年度以上」 and 「－（参考指標）」 targets and a 集計中 beside a 備考 figure, a 令和６年度 評価シート of 令和５年度
 * with the 令和6年度 columns filled, a 前年度比 column and a 見込み). Written without looking at the reader, test/reader/layouts or
 * the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as
 * hold-outs 2 to 141.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 142, on commit 0b8bb00, before any change to expectations):
 *   all hold-out 142                  405   100.0 %     0.0 %       0       0      1    11/11
 * (405 facts: 100.0 % right, 0.0 % wrong, 0 missed, 0 silent, 1 flag, 11/11 workbooks flagged as expected; all 11 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout142Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout142Workbook };
export { holdout2Bytes as holdout142Bytes, runHoldout2 as runHoldout142 } from '../holdout2';

export const HOLDOUT142: Holdout142Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
