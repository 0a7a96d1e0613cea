/**
 * The reader's 141st, blind hold-out set: "生活保護・自立支援・生活困窮者". Four workbooks of the four families (a 施策評価シート
 * （評価対象年度：令和４年度） with two 施策 on sheets 4-2 and 4-3, stacked blocks R2（基準値）…R7（目標値） with 実績値／期待値
 * rows, a 目指す方向 column ↑／↓ (ケースワーカー１人当たりの担当世帯数 ↓), a 集計中 健診受診率 and the rating cells empty beside
 * last year's 「（B）」「（A）」; a 令和５年度 事業実績 of 自立相談支援・住居確保給付金・家計改善・学習支援 projects with text
 * figures, 「支援件数 相談:150件 プラン作成:40件」, 「登録者数 74人（うち中学３年生 21人）」, 「３１８件」 and a 未実施
 * 地域居住支援事業; a 生活困窮者自立支援計画 KPI table with 目標値／実績値 rows per 令和3年3月末…令和7年3月末, 「1,086 件」
 * 「48.5 %」「3 か所」 and 「-」 targets, 評価対象：令和４年度（令和５年３月末現在）; a 地域福祉計画 成果指標 table with
 * 「418⏎（令和元年度）」, 目標（R7）, a blank 実績 and a 高校等進学率 whose 実績 is 「93.8⏎（令和4年度）」, a year behind: the
 * other-year guess); four outside them (a 令和２年度 自立相談支援事業 月別実施状況 with 合計 by formula against 年間目標 and a
 * 「－」 target, 事務事業評価シート one 事業 per sheet for 令和元年度 with 活動指標／成果指標 and 事業費, a 被保護者就労支援事業
 * table with years as rows and 目標／実績 pairs under 「就労支援事業等の参加率（％）」, and a 第４期地域福祉計画 whose 指標一覧
 * and 令和6年度実績 sheets join by 指標番号, one 集計中); three traps (a 進捗管理表 with 令和５年度 期待値（累計） beside
 * 実績（単年度）／実績（累計） and a 進捗率 against the R3～R7 total, rates as fractions; a 成果指標評価表（令和６年度実績） with
 * 「前年度実績以上」「全国平均以上」「－」 targets, 「50％以上」, 「（参考）全国平均 21.5％」 notes, 作成：令和７年６月 and ◎○△×
 * on 100/85/70 bands (the marks as written); a 年度別推移 for 令和３年度 with a filled 令和4年度（9月末現在） column, ％ stored as
 * fractions and 「21（速報値）」). Written without looking at the reader, test/reader/layouts or the earlier hold-outs'
 * workbooks, each with the facts a clerk reads (the samples README's rules). Built, read and scored as hold-outs 2 to 140.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 141, on commit 0b8bb00, before any change to expectations):
 *   all hold-out 141                  397    99.5 %     1.0 %       0       2      1    11/11
 * (397 facts: 99.5 % right, 1.0 % wrong, 0 missed, 2 silent, 1 flags, 11/11 workbooks flagged as expected; 9 of the 11
 * workbooks read right). No expectation changed after that run.
 */
import type { Holdout2Workbook as Holdout141Workbook } from '../holdout2/kit';
import { FAMILY_WORKBOOKS } from './families';
import { OUTSIDE_WORKBOOKS } from './outside';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout141Workbook };
export { holdout2Bytes as holdout141Bytes, runHoldout2 as runHoldout141 } from '../holdout2';

export const HOLDOUT141: Holdout141Workbook[] = [...FAMILY_WORKBOOKS, ...OUTSIDE_WORKBOOKS, ...TRAP_WORKBOOKS];
