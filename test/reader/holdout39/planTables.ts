/**
 * Hold-out 39, families C (KPI × period columns) and D (plan indicators), as other offices lay them out:
 * a KPI table with FY columns, a 達成率 row under each KPI computed partly against last year, targets
 * in 千人 under a KPI in 人 and ％ stored as fractions; and an environment plan's indicator list with
 * a 前年度実績 column beside the 実績, year notes in the cells, a 削減率 that is higher-is-better and an
 * actual of the year before (read as written: a guess).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const S4 = 'KPI進捗状況';

/** A KPI's three rows (目標値, 実績値, 達成率) over FY2021…FY2024, its name merged down them. */
function kpiRows(ws: Worksheet, top: number, name: string, rows: (string | number)[][], note = ''): void {
  ['目標値', '実績値', '達成率'].forEach((label, i) => put(ws, top + i, 2, [i === 0 ? name : undefined, label, ...rows[i]]));
  ws.mergeCells(top, 2, top + 2, 2);
  if (note) put(ws, top, 8, [note]);
}

function fractionTargets(ws: Worksheet, row: number, values: number[]): void {
  values.forEach((v, i) => {
    const cell = ws.getCell(row, 4 + i);
    cell.value = v;
    cell.numFmt = '0.0%';
  });
}

/** C: FY columns, a 達成率 row per KPI (one computed against last year), 「45千人」 targets under 観光客入込数（人）, ％ targets stored as fractions, 転出超過数. */
const kpiFyRates: Holdout2Workbook = {
  name: 'h39-04-kpi-fy-columns-rate-rows',
  layout:
    'C: KPI × FY2021–FY2024 with 目標値/実績値/達成率 rows, 基本目標 merged, 「45千人」 targets for a KPI in 人, ％ targets as fractions, wrong 達成率, FY2024 target only',
  build(wb) {
    const ws = wb.addWorksheet(S4);
    put(ws, 1, 1, ['第2期　まち・ひと・しごと創生総合戦略　KPI進捗状況']);
    ws.mergeCells('A1:H1');
    put(ws, 2, 1, ['（2024年3月末時点）']);
    put(ws, 4, 1, ['基本目標', 'KPI', '区分', 'FY2021', 'FY2022', 'FY2023', 'FY2024', '備考']);
    put(ws, 5, 1, ['1 しごとをつくる']);
    ws.mergeCells('A5:A10');
    kpiRows(ws, 5, '観光客入込数（人）', [
      ['40千人', '42千人', '45千人', '48千人'],
      ['36,512人', '41,280人', '43,870人'],
      ['91.3%', '98.3%', '106.3%'],
    ]);
    kpiRows(
      ws,
      8,
      '創業件数',
      [
        ['10 件', '20 件', '30 件', '40 件'],
        ['8 件', '17 件', '19 件'],
        ['80.0%', '85.0%', '111.8%'],
      ],
      '創業支援事業計画に基づく創業件数の累計',
    );
    put(ws, 11, 1, ['2 ひとの流れをつくる']);
    ws.mergeCells('A11:A19');
    kpiRows(ws, 11, '移住相談件数', [
      ['100 件', '110 件', '120 件', '130 件'],
      ['87 件', '118 件', '131 件'],
      ['87.0%', '107.3%', '109.2%'],
    ]);
    kpiRows(ws, 14, '転出超過数', [
      ['200 人', '175 人', '150 人', '125 人'],
      ['231 人', '204 人', '182 人'],
      ['86.6%', '85.8%', '82.4%'],
    ]);
    kpiRows(ws, 17, '市内高校卒業者の地元就職率', [[], ['33.8%', '36.1%', '38.5%'], ['96.6%', '95.0%', '96.3%']]);
    fractionTargets(ws, 17, [0.35, 0.38, 0.4, 0.42]);
    put(ws, 21, 1, ['※達成率は目標値に対する実績値の割合（転出超過数は目標値÷実績値）']);
    ws.getColumn(2).width = 28;
  },
  expected: {
    file: 'h39-04-kpi-fy-columns-rate-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S4, '観光客入込数', '人', 45000, 43870),
      ind(S4, '創業件数', '件', 30, 19),
      ind(S4, '移住相談件数', '件', 120, 131),
      ind(S4, '転出超過数', '人', 150, 182, { direction: 'down' }),
      ind(S4, '市内高校卒業者の地元就職率', '%', 40, 38.5),
    ],
    groups: [],
  },
};

const S5 = '計画指標';

/** D: a 前年度実績 column beside 実績値, year notes in cells, the R12 target only, 削減率 (more is better), one actual of R4 (a guess), a 見込み. */
const planPreviousColumn: Holdout2Workbook = {
  name: 'h39-05-plan-previous-year-column',
  layout:
    'D: environment plan indicators, 計画策定時 / 目標値（令和12年度） / 前年度実績 / 実績値 with year notes, a 削減率 that is higher-is-better, an R4 actual in the R5 column, （見込み）',
  build(wb) {
    const ws = wb.addWorksheet(S5);
    put(ws, 1, 1, ['第3次環境基本計画　指標の進捗状況（令和５年度実績）']);
    ws.mergeCells('A1:I1');
    put(ws, 3, 1, ['No.', '指標名', '単位', '計画策定時', '目標値\n（令和12年度）', '前年度実績', '実績値', '把握方法', '備考']);
    const rows: (string | number)[][] = [
      [1, '温室効果ガス排出量の削減率', '％', '18.2\n（平成30年度）', 46, '29.0\n（令和4年度）', '31.2\n（令和5年度）', '市域の排出量推計', '平成25年度比'],
      [2, 'ごみのリサイクル率', '％', '19.8\n（平成30年度）', 30, '20.9\n（令和4年度）', '21.5\n（令和5年度）', '一般廃棄物処理実態調査'],
      [3, '市民1人1日当たりの家庭系ごみ排出量', 'g', '548\n（平成30年度）', 500, '520\n（令和4年度）', '512\n（令和5年度）', '一般廃棄物処理実態調査'],
      [4, '公共施設への太陽光発電設備導入施設数', '施設', '12\n（平成30年度末）', 40, '30\n（令和4年度末）', '33\n（令和5年度末）', '施設台帳', '累計'],
      [5, '不法投棄の認知件数', '件', '76\n（平成30年度）', 50, '45\n（令和3年度）', '38\n（令和4年度）', '環境パトロール記録', '減少を目指す指標。R5は集計前'],
      [6, '環境学習講座の参加者数', '人', '860\n（平成30年度）', 1200, '1,004\n（令和4年度）', '1,050（見込み）', '講座受付簿'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    put(ws, 11, 1, ['※実績値は原則として令和5年度の値。集計が間に合わないものは直近の値を記載']);
    ws.getColumn(2).width = 40;
  },
  expected: {
    file: 'h39-05-plan-previous-year-column.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S5, '温室効果ガス排出量の削減率', '％', 46, 31.2),
      ind(S5, 'ごみのリサイクル率', '％', 30, 21.5),
      ind(S5, '市民1人1日当たりの家庭系ごみ排出量', 'g', 500, 512, { direction: 'down' }),
      ind(S5, '公共施設への太陽光発電設備導入施設数', '施設', 40, 33),
      ind(S5, '不法投棄の認知件数', '件', 50, 38, { direction: 'down' }),
      ind(S5, '環境学習講座の参加者数', '人', 1200, 1050, { actualStatus: 'provisional' }),
    ],
    groups: [],
    // The R5 column holds R4's figure for 不法投棄の認知件数 (its year note): read as written, a guess.
    guesses: ['other-year'],
  },
};

export const PLAN_WORKBOOKS: Holdout2Workbook[] = [kpiFyRates, planPreviousColumn];
