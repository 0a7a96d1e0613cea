/**
 * The reader's 143rd, blind hold-out set: "会計・契約・入札・財産管理". Four workbooks of the four families (a 令和５年度
 * 施策評価シート of 令和４年度 for 公有財産 and 契約事務, four blocks tiled two across with 目指す方向 ↑（増加）／↓（減少）,
 * R2（現状値）…R6 and 期待値※R6は目標値, one block with only the R6 目標値, 「－」 in a 実績値 and last year's 「（B）」; a 令和３年度
 * 事業実績 of 契約検査課・管財課・会計課 with text figures 「電子入札件数 468件」, two measures 「建設工事:398者⏎物品・役務:702者」,
 * 「売却件数 5件（うち一般競争入札 3件）」 and one 未実施; a 行財政改革 KPI table with 目標値／実績値 rows per 令和2年度…令和6年度,
 * 「88.9 ％」「16,840 千円」, 「10.0 ％以下」 targets, 集計中 and ◎○△× by a legend of bands; a 公共施設等総合管理計画 点検評価
 * with 「398,420⏎（平成28年度末）」, 目標（R7）, 目標の方向 減少 and a 集計中); four outside them (a 年度別 電子入札・電子契約
 * 推進状況 with years as rows and no evaluation year written, 事務事業評価シート of 平成29年度 one 事業 per sheet in full-width
 * digits, a 会計課 月別取扱状況 with 年度計 and 達成率 by formulas beside a 参考 column of last year, a 令和元年度 市有地売払実績
 * list in 円 above a 目標の達成状況 box); three traps (a 令和６年度 行政評価シート of 令和５年度 with 令和６年度 目標／実績（12月末）
 * filled and ％ stored as fractions, a 平成30年度 入札・契約制度改革 評価表 with a 「－」 target, a 「０」 target under ↓, exactly
 * 80 % and 備考 full of figures, a 財産利活用推進計画 with 目標（累計）, 実績（単年度） and 実績（累計） rows). Written without
 * looking at the reader, test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples
 * README's rules; the ◎○△× of h143-c-gyokaku-kpi, whose legend gives bands alone, are its written grades as written). Built,
 * read and scored as hold-outs 2 to 142.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 143, on commit 0b8bb00, before any change to expectations):
 *   all hold-out 143                  289    93.8 %     0.0 %      18       0      1    11/11
 * (289 facts: 93.8 % right, 0.0 % wrong, 18 missed, 0 silent, 1 flag, 11/11 workbooks flagged as expected; 10 of the 11
 * workbooks read right: h143-n-cashless-tsukibetsu is not, its three rows missed). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout143Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout143Workbook };
export { holdout2Bytes as holdout143Bytes, runHoldout2 as runHoldout143 } from '../holdout2';

export const HOLDOUT143: Holdout143Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
