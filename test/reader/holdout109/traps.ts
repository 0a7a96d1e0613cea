/** Hold-out 109, three traps (税務・収納・窓口サービスの進行管理): each invites a silent wrong reading; the right one is on the sheet. */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const center = (ws: Worksheet, row: number, from: number, to: number) => {
  for (let c = from; c <= to; c++) ws.getCell(row, c).alignment = { wrapText: true, horizontal: 'center', vertical: 'middle' };
};

// ---------------------------------------------------------------------------------------------
// 決算見込 and 決算確定 side by side under 令和６年度: the grade is by the 確定 figure (the sheet says so); 見込 and 確定 fall
// on either side of the target for several rows; 県平均 beside as reference.
// ---------------------------------------------------------------------------------------------
const K_SHEET = '収納率進行管理';
const K_ROWS: [string, string, number, number, number, number, number | string, string][] = [
  ['市税収納率（現年課税分）', '％', 99.12, 99.2, 99.25, 99.16, 99.05, ''],
  ['市税収納率（滞納繰越分）', '％', 26.4, 28.0, 27.0, 28.4, 29.1, ''],
  ['市税収納率（合計）', '％', 97.48, 97.6, 97.7, 97.55, 97.4, ''],
  ['国民健康保険料収納率（現年分）', '％', 94.05, 94.5, 94.2, 94.61, 94.8, ''],
  ['市税滞納繰越額', '百万円', 431, 400, 395, 410, '－', '少ないほど良い（削減）'],
  ['口座振替率', '％', 50.1, 52.0, 51.8, 51.9, 47.3, ''],
  ['証明書のコンビニ交付率', '％', 17.9, 20.0, 19.2, 21.4, 18.6, '令和6年度から税証明書を追加'],
];

function buildKessan(ws: Worksheet): void {
  ws.columns = [30, 8, 12, 10, 16, 16, 12, 26].map((width) => ({ width }));
  ws.mergeCells('A1:H1');
  put(ws, 1, 1, ['令和６年度　収納率等の進行管理表（決算確定版）']);
  ws.getCell('A1').font = { bold: true, size: 13 };
  put(ws, 2, 1, ['※決算見込は令和７年２月末時点（予算編成時）の見込値、決算確定は出納閉鎖（令和７年５月31日）後の確定値。評価は決算確定値による。']);
  for (const r of ['A4:A5', 'B4:B5', 'C4:C5', 'D4:F4', 'G4:G5', 'H4:H5']) ws.mergeCells(r);
  put(ws, 4, 1, ['指標', '単位', '令和５年度\n決算', '令和６年度', '', '', '県平均\n（R5決算）', '備考']);
  put(ws, 5, 4, ['目標', '決算見込\n（R7.2月末時点）', '決算確定\n（出納閉鎖後）']);
  center(ws, 4, 1, 8);
  center(ws, 5, 4, 6);
  K_ROWS.forEach((r, i) => {
    put(ws, 6 + i, 1, r);
    if (r[1] === '％') for (const c of [3, 4, 5, 6, 7]) ws.getCell(6 + i, c).numFmt = '0.00';
  });
}

const kessan: Holdout2Workbook = {
  name: 'h109-trap-kessan-mikomi-kakutei',
  layout:
    '収納率等の進行管理表（決算確定版）: 令和６年度 over 目標｜決算見込（R7.2月末時点）｜決算確定（出納閉鎖後）, the note says the grade is by 確定; 見込 and 確定 on either side of the target (99.25 vs 99.16 against 99.20), 県平均 beside',
  build(wb) {
    buildKessan(wb.addWorksheet(K_SHEET));
  },
  expected: {
    file: 'h109-trap-kessan-mikomi-kakutei.xlsx',
    fiscalYear: 2024,
    indicators: K_ROWS.map(([name, unit, , target, , actual]) =>
      ind(K_SHEET, name, unit, target, actual, { direction: name === '市税滞納繰越額' ? 'down' : 'up' }),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 徴収対策の実施状況と成果: 活動指標 (差押件数, 催告, 捜索, 相談: more is the plan) and 成果指標 (滞納繰越額, 滞納者数, 不履行:
// 減少 in 備考), 計画 as the target word, 前年度比 in ％ with ▲.
// ---------------------------------------------------------------------------------------------
const T_SHEET = '徴収対策';
const T_ROWS: [string, string, string, number, number, number, string, string][] = [
  ['活動指標', '差押件数', '件', 1148, 1200, 1156, '+0.7％', '滞納処分の執行件数（活動量）'],
  ['活動指標', '催告書発送件数', '件', 14820, 15000, 15342, '+3.5％', '一斉催告・個別催告'],
  ['活動指標', '捜索件数', '件', 18, 20, 11, '▲38.9％', '動産の差押えを伴う捜索'],
  ['活動指標', '納税相談件数', '件', 2640, 3000, 2958, '+12.0％', '夜間・休日窓口を含む'],
  ['成果指標', '市税滞納繰越額', '千円', 431250, 400000, 397840, '▲7.7％', '減少を目指す'],
  ['成果指標', '滞納者数', '人', 3412, 3200, 3365, '▲1.4％', '減少を目指す'],
  ['成果指標', '分納誓約の不履行件数', '件', 212, 180, 236, '+11.3％', '削減を目指す'],
];

function buildKatsudo(ws: Worksheet): void {
  ws.columns = [10, 24, 6, 14, 14, 14, 10, 28].map((width) => ({ width }));
  ws.mergeCells('A1:H1');
  put(ws, 1, 1, ['令和６年度　徴収対策の実施状況と成果']);
  ws.getCell('A1').font = { bold: true, size: 13 };
  put(ws, 2, 8, ['総務部納税課']);
  put(ws, 4, 1, ['区分', '指標', '単位', '令和５年度\n実績', '令和６年度\n計画', '令和６年度\n実績', '前年度比', '備考']);
  center(ws, 4, 1, 8);
  T_ROWS.forEach((r, i) => {
    put(ws, 5 + i, 2, r.slice(1));
    for (const c of [4, 5, 6]) ws.getCell(5 + i, c).numFmt = '#,##0';
  });
  ws.mergeCells('A5:A8');
  ws.getCell('A5').value = '活動指標';
  ws.mergeCells('A9:A11');
  ws.getCell('A9').value = '成果指標';
  put(ws, 13, 1, ['※活動指標は計画件数に対する実施件数、成果指標は出納閉鎖（令和７年５月31日）時点の数値。前年度比は令和５年度実績に対する増減率。']);
}

const katsudo: Holdout2Workbook = {
  name: 'h109-trap-chosyu-katsudo-seika',
  layout:
    '徴収対策の実施状況と成果: 区分 活動指標／成果指標 merged down, 差押件数・捜索件数 (activity: up, though 滞納処分), 滞納繰越額（千円）・滞納者数・不履行件数 with 減少／削減 only in 備考, 計画 as the target word, 前年度比 「▲7.7％」',
  build(wb) {
    buildKatsudo(wb.addWorksheet(T_SHEET));
  },
  expected: {
    file: 'h109-trap-chosyu-katsudo-seika.xlsx',
    fiscalYear: 2024,
    indicators: T_ROWS.map(([kind, name, unit, , target, actual]) =>
      ind(T_SHEET, name, unit, target, actual, { direction: kind === '成果指標' ? 'down' : 'up' }),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 出納閉鎖: 令和６年度 決算 (目標｜実績) and, to the right, 令和７年度 ５月末現在 with its 前年度同期 and 同期比: the latest
// column with figures is a partial year of 令和７年度 (rates of 5–18 %), not the year evaluated.
// ---------------------------------------------------------------------------------------------
const H_SHEET = '収納率';
const H_ROWS: [string, number, number, number, number][] = [
  ['市税収納率（現年課税分）', 99.2, 99.21, 18.35, 17.96],
  ['市税収納率（滞納繰越分）', 27.0, 25.62, 6.1, 5.88],
  ['国民健康保険料収納率（現年分）', 94.5, 94.48, 9.82, 9.51],
  ['国民健康保険料収納率（滞納繰越分）', 22.0, 23.15, 5.4, 5.62],
  ['後期高齢者医療保険料収納率（現年分）', 99.6, 99.63, 16.9, 16.75],
  ['介護保険料収納率（現年分）', 99.0, 98.72, 17.2, 17.0],
];

function buildHeisa(ws: Worksheet): void {
  ws.columns = [36, 10, 16, 14, 16, 14].map((width) => ({ width }));
  ws.mergeCells('A1:F1');
  put(ws, 1, 1, ['市税等　収納率の状況（令和６年度決算・令和７年度５月末現在）']);
  ws.getCell('A1').font = { bold: true, size: 13 };
  put(ws, 2, 1, ['評価対象：令和６年度（出納閉鎖後の確定値）', '', '', '', '令和７年６月10日　納税課']);
  put(ws, 3, 6, ['（単位：％）']);
  for (const r of ['A4:A5', 'B4:C4', 'D4:F4']) ws.mergeCells(r);
  put(ws, 4, 1, ['指標', '令和６年度', '', '令和７年度（参考・進行中）']);
  put(ws, 5, 2, ['目標', '実績\n（出納閉鎖後）', '５月末現在', '前年度同期\n（R6.5月末）', '前年度同期比\n（ポイント）']);
  center(ws, 4, 1, 6);
  center(ws, 5, 2, 6);
  H_ROWS.forEach(([name, target, actual, now, before], i) => {
    const diff = Math.round((now - before) * 100) / 100;
    put(ws, 6 + i, 1, [name, target, actual, now, before, diff >= 0 ? `+${diff.toFixed(2)}` : `▲${Math.abs(diff).toFixed(2)}`]);
    for (const c of [2, 3, 4, 5]) ws.getCell(6 + i, c).numFmt = '0.00';
  });
  put(ws, 13, 1, ['※出納閉鎖日：令和７年５月31日。令和７年度の５月末現在の数値は現年分の納期到来前であり、年度の評価には用いない。']);
}

const heisa: Holdout2Workbook = {
  name: 'h109-trap-shutsuno-heisa',
  layout:
    '収納率の状況 made 令和７年６月10日: 令和６年度（目標｜実績（出納閉鎖後））, then 令和７年度（参考・進行中） ５月末現在｜前年度同期｜前年度同期比 (partial-year rates 5–18 %), 評価対象：令和６年度 stated, unit in （単位：％）',
  build(wb) {
    buildHeisa(wb.addWorksheet(H_SHEET));
  },
  expected: {
    file: 'h109-trap-shutsuno-heisa.xlsx',
    fiscalYear: 2024,
    indicators: H_ROWS.map(([name, target, actual]) => ind(H_SHEET, name, '％', target, actual)),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [kessan, katsudo, heisa];
