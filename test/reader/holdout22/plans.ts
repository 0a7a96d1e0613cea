/** Hold-out 22, family D: 計画の指標 tables (基準値 / 目標値 / 実績値 with the years in the headings or in cells of their own). */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';

const final = (e: ExpectedIndicator): ExpectedIndicator => ({ ...e, targetSource: 'final' });

const S1 = '計画指標';
const env: Holdout2Workbook = {
  name: 'h22-d-plan-years-in-headings',
  layout:
    '計画の指標: 基準値（2019年度）| 目標値（2027年度）| hidden empty column | 実績値（2023年度）| （参考）県平均 | 目指す方向 ↑↓ | 備考 (累計 noted), year in the title',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['第２次環境基本計画　指標の進捗状況（2023年度実績）']);
    ws.mergeCells(1, 1, 1, 9);
    put(ws, 3, 1, ['指標', '単位', '基準値（2019年度）', '目標値（2027年度）', undefined, '実績値（2023年度）', '（参考）県平均', '目指す方向', '備考']);
    put(ws, 4, 1, ['市民1人1日当たりのごみ排出量', 'g', 905, 850, undefined, 872, 890, '↓']);
    put(ws, 5, 1, ['リサイクル率', '％', 19.8, 25.0, undefined, 21.3, 20.5, '↑']);
    put(ws, 6, 1, ['市域の温室効果ガス排出量', '千t-CO2', 612, 480, undefined, 566, '－', '↓', '市の推計値']);
    put(ws, 7, 1, ['環境学習講座の参加者数', '人', '1,240', '1,500', undefined, '1,630', '－', '↑']);
    put(ws, 8, 1, ['太陽光発電設備設置補助件数', '件', 320, 600, undefined, 510, '－', '↑', '2012年度からの累計']);
    ws.getColumn(5).hidden = true;
  },
  expected: {
    file: 'h22-d-plan-years-in-headings.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(S1, '市民1人1日当たりのごみ排出量', 'g', 850, 872, { direction: 'down' })),
      final(ind(S1, 'リサイクル率', '％', 25.0, 21.3)),
      final(ind(S1, '市域の温室効果ガス排出量', '千t-CO2', 480, 566, { direction: 'down' })),
      final(ind(S1, '環境学習講座の参加者数', '人', 1500, 1630)),
      final(ind(S1, '太陽光発電設備設置補助件数', '件', 600, 510)),
    ],
    groups: [],
  },
};

type PlanRow = [string, number, number, number | string, string, string];

/** A 基本目標 sheet: 基準値 / 目標値 / 実績値 each a merged heading over 年度 | 値, then 単位 and 方向. */
function goalSheet(ws: Worksheet, goal: string, rows: PlanRow[]): void {
  put(ws, 1, 1, [`第３期総合計画　${goal}　指標の状況`]);
  put(ws, 2, 1, ['評価対象：令和5年度']);
  put(ws, 4, 1, ['指標名', '基準値', undefined, '目標値', undefined, '実績値', undefined, '単位', '方向', '備考']);
  put(ws, 5, 2, ['年度', '値', '年度', '値', '年度', '値']);
  for (const c of [1, 8, 9, 10]) ws.mergeCells(4, c, 5, c);
  for (const c of [2, 4, 6]) ws.mergeCells(4, c, 4, c + 1);
  rows.forEach(([name, base, target, actual, unit, dir], i) => put(ws, 6 + i, 1, [name, 'H30', base, 'R9', target, 'R5', actual, unit, dir]));
}

const G1 = '基本目標１';
const G2 = '基本目標２';
const goals: Holdout2Workbook = {
  name: 'h22-d-plan-goal-sheets-year-cells',
  layout:
    '計画の指標 on two 基本目標 sheets: 基準値/目標値/実績値 merged headings each over 年度 | 値 (H30, R9, R5 in cells), 単位 and 方向 (増やす/減らす) columns, a － actual with its reason in 備考',
  build(wb) {
    const a = wb.addWorksheet(G1);
    goalSheet(a, '基本目標１　若い世代の希望をかなえる', [
      ['合計特殊出生率', 1.42, 1.6, 1.31, '－', '増やす'],
      ['転出超過数', 420, 200, 380, '人', '減らす'],
      ['市内企業の新規雇用者数', 310, 400, 365, '人', '増やす'],
    ]);
    const b = wb.addWorksheet(G2);
    goalSheet(b, '基本目標２　市民とともに地域をつくる', [
      ['地域活動に参加している市民の割合', 32.5, 45.0, '－', '％', '増やす'],
      ['自治会加入率', 78.4, 80.0, 74.9, '％', '増やす'],
      ['市民活動団体登録数', 112, 140, 151, '団体', '増やす'],
    ]);
    put(b, 6, 10, ['令和5年度は市民意識調査を実施していないため実績なし']);
  },
  expected: {
    file: 'h22-d-plan-goal-sheets-year-cells.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(G1, '合計特殊出生率', null, 1.6, 1.31)),
      final(ind(G1, '転出超過数', '人', 200, 380, { direction: 'down' })),
      final(ind(G1, '市内企業の新規雇用者数', '人', 400, 365)),
      final(ind(G2, '地域活動に参加している市民の割合', '％', 45.0, null, { actualStatus: 'not-applicable' })),
      final(ind(G2, '自治会加入率', '％', 80.0, 74.9)),
      final(ind(G2, '市民活動団体登録数', '団体', 140, 151)),
    ],
    groups: [],
  },
};

export const PLAN_WORKBOOKS: Holdout2Workbook[] = [env, goals];
