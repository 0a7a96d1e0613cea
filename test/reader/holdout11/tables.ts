/**
 * Hold-out 11, table shapes: a measure heading over period sub-columns, years as rows, 累計 rows and 達成率
 * columns, indicators as columns with their properties down the rows, 実績／目標 in one cell, and two tables on
 * one sheet. Built in code, written without looking at the reader; facts by the samples README's rules.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

/** 実績値 over R3 R4 R5 R6 and 目標値 over the same years; the evaluation year stated in the second row. */
const measureOverPeriods: Holdout2Workbook = {
  name: 'h11-measure-over-periods',
  layout: 'measure headings (実績値, 目標値) merged over R3…R6 sub-columns; 評価対象年度 stated under the title; R6 still empty',
  build(wb) {
    const ws = wb.addWorksheet('施策3-2');
    put(ws, 1, 1, ['令和６年度　施策評価シート　基本施策3-2　商工業の振興']);
    ws.mergeCells('A1:L1');
    put(ws, 2, 1, ['評価対象年度：令和５年度']);
    put(ws, 4, 1, ['No.', '成果指標', '単位', '実績値', undefined, undefined, undefined, '目標値', undefined, undefined, undefined, '備考']);
    put(ws, 5, 4, ['R3', 'R4', 'R5', 'R6', 'R3', 'R4', 'R5', 'R6']);
    for (const r of ['A4:A5', 'B4:B5', 'C4:C5', 'D4:G4', 'H4:K4', 'L4:L5']) ws.mergeCells(r);
    put(ws, 6, 1, [1, '産業支援センター相談件数', '件', 702, 731, 744, undefined, 760, 780, 800, 820, '']);
    put(ws, 7, 1, [2, '企業訪問件数', '件', 280, 295, '312', undefined, 300, 300, 300, 300, '経営指導員による訪問']);
    put(ws, 8, 1, [3, 'ふるさと納税寄附額', '億円', 11.2, 12.8, 13.6, undefined, 14, 15, 16, 17]);
    put(ws, 9, 1, [4, '新規創業者数', '人', 14, 9, 11, undefined, 20, 20, 20, 20, '創業支援補助金の交付実績から集計']);
    put(ws, 11, 1, ['※R6欄は令和7年5月に記入予定']);
  },
  expected: {
    file: 'h11-measure-over-periods.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('施策3-2', '産業支援センター相談件数', '件', 800, 744),
      ind('施策3-2', '企業訪問件数', '件', 300, 312),
      ind('施策3-2', 'ふるさと納税寄附額', '億円', 16, 13.6),
      ind('施策3-2', '新規創業者数', '人', 20, 11),
    ],
    groups: [],
  },
};

/** Years down the rows, indicators across (目標 | 実績 under each); no evaluation year written: the latest year with actuals is a guess. */
const yearsAsRows: Holdout2Workbook = {
  name: 'h11-kpi-years-as-rows',
  layout: 'KPI 推移 table: 令和2年度…令和6年度 as rows, each KPI a merged heading (unit in it) over 目標 | 実績; a down note under the table; no year stated',
  build(wb) {
    const ws = wb.addWorksheet('KPI推移');
    put(ws, 1, 1, ['第２期　総合戦略　重要業績評価指標（KPI）の推移']);
    put(ws, 3, 1, ['年度', '観光入込客数（千人）', undefined, '移住者数（人）', undefined, '待機児童数（人）']);
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    for (const r of ['A3:A4', 'B3:C3', 'D3:E3', 'F3:G3']) ws.mergeCells(r);
    put(ws, 5, 1, ['令和2年度', 2200, 1850, 100, 96, 12, 15]);
    put(ws, 6, 1, ['令和3年度', 2250, 1980, 120, 118, 10, 11]);
    put(ws, 7, 1, ['令和4年度', 2300, 2080, 135, 141, 8, 9]);
    put(ws, 8, 1, ['令和5年度', 2400, 2150, 150, 162, 5, 8]);
    put(ws, 9, 1, ['令和6年度', 2500, undefined, 165, undefined, 3]);
    put(ws, 11, 1, ['※待機児童数は各年度4月1日現在。待機児童数は減少を目指す指標です。']);
  },
  expected: {
    file: 'h11-kpi-years-as-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('KPI推移', '観光入込客数', '千人', 2400, 2150),
      ind('KPI推移', '移住者数', '人', 150, 162),
      ind('KPI推移', '待機児童数', '人', 5, 8, { direction: 'down' }),
    ],
    groups: [],
    guesses: ['period'],
  },
};

function percentCells(ws: Worksheet, col: number, rows: number[]): void {
  for (const r of rows) ws.getCell(r, col).numFmt = '0.0%';
}

/** Yearly KPIs each followed by a （累計） row; a 達成率 column (derived) after the yearly actuals. */
const cumulativeAndRates: Holdout2Workbook = {
  name: 'h11-cumulative-and-rates',
  layout: 'KPI table with 実績値 over R3 R4 R5, a （累計） row under two KPIs and a 達成率（R5） column in %; year in a second title row',
  build(wb) {
    const ws = wb.addWorksheet('KPI進捗');
    put(ws, 1, 1, ['第２期　総合戦略　KPI進捗状況']);
    put(ws, 2, 1, ['（令和５年度評価）']);
    put(ws, 4, 1, ['KPI', '単位', '目標値（R5）', '実績値', undefined, undefined, '達成率（R5）', '備考']);
    put(ws, 5, 4, ['R3', 'R4', 'R5']);
    for (const r of ['A4:A5', 'B4:B5', 'C4:C5', 'D4:F4', 'G4:G5', 'H4:H5']) ws.mergeCells(r);
    put(ws, 6, 1, ['新規就農者数', '人', 10, 9, 7, 8, 0.8]);
    put(ws, 7, 1, ['（累計）', '人', 30, 9, 16, 24, 0.8, 'R3からの累計']);
    put(ws, 8, 1, ['企業誘致件数', '件', 2, 1, 2, 3, 1.5]);
    put(ws, 9, 1, ['（累計）', '件', 6, 1, 3, 6, 1, 'R3からの累計']);
    put(ws, 10, 1, ['観光消費額', '億円', 120, 88.2, 101.4, 96.5, 96.5 / 120]);
    put(ws, 11, 1, ['市内宿泊者数', '人', '85,000', '61,200', '70,400', '78,900', 78900 / 85000, '速報値ではなく確定値']);
    percentCells(ws, 7, [6, 7, 8, 9, 10, 11]);
  },
  expected: {
    file: 'h11-cumulative-and-rates.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('KPI進捗', '新規就農者数', '人', 10, 8),
      ind('KPI進捗', '企業誘致件数', '件', 2, 3),
      ind('KPI進捗', '観光消費額', '億円', 120, 96.5),
      ind('KPI進捗', '市内宿泊者数', '人', 85000, 78900),
    ],
    groups: [],
  },
};

/** Indicators as columns (指標１…指標４), their properties down the rows: 指標名, 単位, 現状値, 目標値, 実績値, 方向性, 担当課評価. */
const cardsAcross: Holdout2Workbook = {
  name: 'h11-indicator-cards-across',
  layout:
    'transposed table: one column per indicator, rows 指標名 / 単位 / 現状値（令和元年度） / 目標値（令和５年度） / 実績値（令和５年度） / 方向性 / 担当課評価',
  build(wb) {
    const ws = wb.addWorksheet('指標一覧');
    put(ws, 1, 1, ['令和５年度　子育て支援施策　成果指標の状況']);
    ws.mergeCells('A1:E1');
    put(ws, 3, 1, ['項目', '指標１', '指標２', '指標３', '指標４']);
    put(ws, 4, 1, ['指標名', '子育て支援センター利用者数', '乳幼児健診受診率', 'ファミリー・サポート会員数', '不登校児童生徒数']);
    put(ws, 5, 1, ['単位', '人', '％', '人', '人']);
    put(ws, 6, 1, ['現状値（令和元年度）', '18,400', 96.2, 420, 85]);
    put(ws, 7, 1, ['目標値（令和５年度）', '21,000', 98.0, 500, 70]);
    put(ws, 8, 1, ['実績値（令和５年度）', '16,950', 97.1, 512, 92]);
    put(ws, 9, 1, ['方向性', '増加', '向上', '増加', '減少']);
    put(ws, 10, 1, ['担当課評価', 'C', 'B', 'A', 'D']);
  },
  expected: {
    file: 'h11-indicator-cards-across.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('指標一覧', '子育て支援センター利用者数', '人', 21000, 16950, { existing: 'C' }),
      ind('指標一覧', '乳幼児健診受診率', '％', 98, 97.1, { existing: 'B' }),
      ind('指標一覧', 'ファミリー・サポート会員数', '人', 500, 512, { existing: 'A' }),
      ind('指標一覧', '不登校児童生徒数', '人', 70, 92, { direction: 'down', existing: 'D' }),
    ],
    groups: [],
  },
};

const transitGrades = ['B', 'A', 'B'];

/** 実績 and 目標 in one cell ("52,300／60,000"), units in the column; the 施策 has its own rating cell (B4) beside last year's grade. */
const actualOverTarget: Holdout2Workbook = {
  name: 'h11-actual-over-target-cell',
  layout: 'policy sheet: 施策の評価 cell (B4, empty) beside 前年度評価; indicator rows with "R5 実績／目標" written as one text cell and a 達成率 column',
  build(wb) {
    const ws = wb.addWorksheet('施策2-1');
    put(ws, 1, 1, ['施策評価調書（令和５年度）']);
    ws.mergeCells('A1:E1');
    put(ws, 3, 1, ['施策名', '地域公共交通の確保']);
    put(ws, 4, 1, ['施策の評価', undefined, '前年度評価', 'B']);
    put(ws, 6, 1, ['成果指標', '単位', 'R5 実績／目標', '達成率', 'コメント']);
    put(ws, 7, 1, ['コミュニティバス利用者数', '人', '52,300／60,000', 52300 / 60000, '高齢者の利用が回復途上']);
    put(ws, 8, 1, ['デマンド交通登録者数', '人', '1,240／1,000', 1.24, '']);
    put(ws, 9, 1, ['路線バス運行便数', '便', '118／120', 118 / 120, '運転士不足により2便減']);
    percentCells(ws, 4, [7, 8, 9]);
  },
  expected: {
    file: 'h11-actual-over-target-cell.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('施策2-1', 'コミュニティバス利用者数', '人', 60000, 52300),
      ind('施策2-1', 'デマンド交通登録者数', '人', 1000, 1240),
      ind('施策2-1', '路線バス運行便数', '便', 120, 118),
    ],
    groups: [{ sheet: '施策2-1', cell: 'B4', grade: rollUp(transitGrades) }],
  },
};

/** Two 施策 tables side by side on one sheet (spacer column F), 2023年度 in the title, full-width digits and grades. */
const twoTables: Holdout2Workbook = {
  name: 'h11-two-tables-one-sheet',
  layout:
    'two tables side by side (施策1-1 at A3, 施策1-2 at G3) with a blank column between, 2023年度 in the title, full-width figures and 評価 letters, a down note under the second',
  build(wb) {
    const ws = wb.addWorksheet('基本目標1');
    put(ws, 1, 1, ['2023年度　施策評価（基本目標１　安心して暮らせるまち）']);
    put(ws, 3, 1, ['施策1-1　防災体制の充実']);
    put(ws, 3, 7, ['施策1-2　防犯・交通安全の推進']);
    const head = ['指標', '単位', '目標値', '実績値', '評価'];
    put(ws, 4, 1, head);
    put(ws, 4, 7, head);
    put(ws, 5, 1, ['自主防災組織結成率', '％', '８５', '８２．４', 'Ｂ']);
    put(ws, 6, 1, ['防災訓練参加者数', '人', '２，５００', '1,980', 'Ｃ']);
    put(ws, 7, 1, ['避難所備蓄食料', '食', 12000, 12000, 'Ａ']);
    put(ws, 5, 7, ['刑法犯認知件数', '件', '３２０', '２９５', 'Ａ']);
    put(ws, 6, 7, ['交通事故死傷者数', '人', 180, 204, 'Ｃ']);
    put(ws, 8, 7, ['※刑法犯認知件数及び交通事故死傷者数は、減少を目指す指標です。']);
  },
  expected: {
    file: 'h11-two-tables-one-sheet.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('基本目標1', '自主防災組織結成率', '％', 85, 82.4, { existing: 'B' }),
      ind('基本目標1', '防災訓練参加者数', '人', 2500, 1980, { existing: 'C' }),
      ind('基本目標1', '避難所備蓄食料', '食', 12000, 12000, { existing: 'A' }),
      ind('基本目標1', '刑法犯認知件数', '件', 320, 295, { direction: 'down', existing: 'A' }),
      ind('基本目標1', '交通事故死傷者数', '人', 180, 204, { direction: 'down', existing: 'C' }),
    ],
    groups: [],
  },
};

export const TABLE_WORKBOOKS: Holdout2Workbook[] = [measureOverPeriods, yearsAsRows, cumulativeAndRates, cardsAcross, actualOverTarget, twoTables];
