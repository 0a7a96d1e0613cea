/**
 * The reader's 71st, blind hold-out set (issue 16): twelve city-hall documents outside the four families — 国土強靱化地域計画の
 * KPI (現状値・目標値に年度を括弧書き), 空家等対策計画 (年度ごとに目標・実績の列が交互), 消防本部の重点目標 (到着時間・火災件数は
 * 減少、目標0で実績0), 地域防災計画の指標カード (1シート1指標), 消費者行政 (目標のない相談件数は【参考】), 商工振興計画 (年度は
 * シート名だけ), 再犯防止推進計画 (市独自の◎/○/△と凡例), 生涯学習推進計画 (目標「令和7年度までに60％」を一つのセルに),
 * 都市計画マスタープラン (基準年・目標年 2030), 水道事業の業務指標 (単位付きの文字列), こども家庭センター (実績・目標の2行、
 * 参考の児童虐待相談対応件数), 協働のまちづくり (全角数字の文字列、未実施). Written without looking at the reader,
 * test/reader/layouts or the earlier hold-outs' workbooks, each with the facts a clerk reads (the samples README's rules).
 * Built, read and scored as hold-outs 2 to 9.
 * FIRST BLIND figure (node scripts/bench-reader-holdout.js 71, on commit f49f04e, before any change to expectations):
 *   all hold-out 71                   443    99.1 %     0.9 %       0       4      1    11/12
 * (443 facts: 99.1 % right, 0.9 % wrong, 0 missed, 4 silent, 1 flag, 11/12 workbooks flagged as expected).
 */
import type { Holdout2Workbook as Holdout71Workbook } from '../holdout2/kit';
import { PLAN_WORKBOOKS } from './plans';
import { TRAP_WORKBOOKS } from './traps';

export type { Holdout71Workbook };
export { holdout2Bytes as holdout71Bytes, runHoldout2 as runHoldout71 } from '../holdout2';

export const HOLDOUT71: Holdout71Workbook[] = [...PLAN_WORKBOOKS, ...TRAP_WORKBOOKS];
