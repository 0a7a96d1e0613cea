/**
 * The reader's 122nd, blind hold-out set: "防犯・交通安全・地域の安全安心". Four workbooks of the four families (a 令和７年度
 * 施策評価シート of 令和６年度 with two 施策 on two sheets, blocks tiled two across with 目指す方向 ↑（増加）／↓（減少）, R2（基準値）
 * …R7（目標値）, 期待値／実績値 rows, a 交通事故死者数 of 0, a 集計中 and empty 施策の達成状況 cells beside last year's 「（Ｂ）」
 * 「（Ａ）」; a 令和３年度 事業実績 of 防犯灯・交通安全 projects with text figures 「補助灯数 141灯」「登録団体:42団体 青パト講習
 * 受講者:38人」, a full-width 「４台」 and one 未実施; a 安全・安心まちづくり KPI table with 目標値／実績値 rows per 令和3年3月末…
 * 令和7年3月末 and 減少 in the 備考; a 交通安全計画・防犯まちづくり計画 成果指標 table with 「486⏎（令和2年）」, a 目標 of 0 and a
 * blank 実績); four outside them (a 防犯灯整備事業 実績報告 with years as rows and 目標／実績 pairs, a 交通安全教育推進事業
 * 事務事業評価シート of 令和２年度 with 活動指標／成果指標 and ↑／↓, a 安全安心まちづくり推進計画 split over 指標一覧 and
 * 令和5年度実績 sheets, a 令和元年度 重点目標 sheet with 交通安全 and 防犯 tables side by side in full-width 「５２０人以下」 and
 * ○×); three traps (R4・R5 実績 and a 令和７年度目標（最終） beside the 令和６年度 目標／実績 with notes 「前年比▲11件」「暫定値
 * 684件」 by a 集計中, a 進捗管理表 with 単年度 and 累計 実績 and ％ stored as fractions, an 評価調書 with targets 「前年より減少」
 * 「毎年度実施」, a 「－」 actual and a 見込み actual). Written without looking at the reader, test/reader/layouts or the earlier
 * hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to
 * 121.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 122, on commit 9ed0f48, before any change to expectations):
 *   all hold-out 122                  421    98.6 %     1.7 %       0       7      1    10/11
 * (421 facts: 98.6 % right, 1.7 % wrong, 0 missed, 7 silent, 1 flag, 10/11 workbooks flagged as expected; 8 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout122Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout122Workbook };
export { holdout2Bytes as holdout122Bytes, runHoldout2 as runHoldout122 } from '../holdout2';

export const HOLDOUT122: Holdout122Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
