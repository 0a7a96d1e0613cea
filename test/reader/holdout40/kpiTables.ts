/**
 * Family C of the fortieth hold-out set: KPI tables as two more offices lay them out — each year split into 単年度 and
 * 累計 sub-columns for both the target and the actual row (a note saying the single year is what is judged), and
 * 3月末 columns with full-width figures and units in every cell, a decrease aim stated in 備考 and the evaluation
 * period written as its first and last day.
 */
import type { Worksheet } from 'exceljs';
import type { Holdout2Workbook } from '../holdout2/kit';
import { box, ind, merged, put, widths } from './sheetKit';

type Cell = string | number | undefined;

interface SplitKpi {
  name: string;
  unit: string;
  targets: Cell[];
  actuals: Cell[];
  remark?: string;
}

const S6 = 'KPI進捗';
const GOALS: [string, SplitKpi[]][] = [
  [
    '１　移住・定住を促進する',
    [
      { name: '移住相談件数', unit: '件', targets: [150, 150, 160, 310, 170, 480], actuals: [142, 142, 171, 313, 119, 432] },
      { name: '移住者数', unit: '人', targets: [40, 40, 45, 85, 50, 135], actuals: [38, 38, 52, 90, 56, 146] },
    ],
  ],
  [
    '２　地域の稼ぐ力を高める',
    [
      { name: '新規就農者数', unit: '人', targets: [6, 6, 6, 12, 6, 18], actuals: [6, 6, 4, 10, 3, 13] },
      {
        name: '企業誘致による新規雇用者数',
        unit: '人',
        targets: [30, 30, 30, 60, 30, 90],
        actuals: [12, 12, 41, 53, '25（見込み）', '78（見込み）'],
        remark: '令和5年度は3月末時点の見込み',
      },
    ],
  ],
];

function splitHeader(ws: Worksheet): void {
  ['基本目標', 'KPI', '単位', '区分'].forEach((h, i) => merged(ws, 4, 1 + i, h, 1, 2));
  ['令和3年度', '令和4年度', '令和5年度'].forEach((y, i) => {
    merged(ws, 4, 5 + 2 * i, y, 2);
    put(ws, 5, 5 + 2 * i, ['単年度', '累計']);
  });
  merged(ws, 4, 11, '備考', 1, 2);
}

function buildSplit(ws: Worksheet): void {
  widths(ws, [18, 26, 6, 8, 9, 9, 9, 9, 9, 9, 26]);
  merged(ws, 1, 1, '第２期まち・ひと・しごと創生総合戦略　KPI進捗状況', 11);
  put(ws, 2, 1, ['（令和6年3月31日現在）']);
  splitHeader(ws);
  let row = 6;
  for (const [goal, kpis] of GOALS) {
    merged(ws, row, 1, goal, 1, 2 * kpis.length);
    for (const k of kpis) {
      merged(ws, row, 2, k.name, 1, 2);
      merged(ws, row, 3, k.unit, 1, 2);
      put(ws, row, 4, ['目標値', ...k.targets]);
      put(ws, row + 1, 4, ['実績値', ...k.actuals]);
      if (k.remark) merged(ws, row, 11, k.remark, 1, 2);
      row += 2;
    }
  }
  box(ws, 4, 1, row - 1, 11);
  put(ws, row + 1, 1, ['※評価は各年度の単年度の目標値と実績値を比較して行う（累計は参考値）。']);
}

const SINGLE_AND_CUMULATIVE: Holdout2Workbook = {
  name: 'h40-06-kpi-single-and-cumulative',
  layout:
    'C: KPI × 令和3〜5年度, each year 単年度 | 累計 for both 目標値 and 実績値 rows, a note that the single year is judged, 見込み in the latest actual, as-of line',
  build: (wb) => buildSplit(wb.addWorksheet(S6)),
  expected: {
    file: 'h40-06-kpi-single-and-cumulative.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S6, '移住相談件数', '件', 170, 119),
      ind(S6, '移住者数', '人', 50, 56),
      ind(S6, '新規就農者数', '人', 6, 3),
      ind(S6, '企業誘致による新規雇用者数', '人', 30, 25, { actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

const S7 = '重要業績評価指標';
const MONTH_END_KPIS: [string, Cell[], Cell[], string?][] = [
  ['市内IT企業への就職者数', ['１０人', '１５人', '２０人', '２５人'], ['８人', '１６人', '１７人']],
  ['サテライトオフィス入居企業数', ['４社', '６社', '８社', '１０社'], ['３社', '６社', '８社']],
  ['市外への転出超過数', ['４５０人', '４００人', '３５０人', '３００人'], ['４８１人', '４３０人', '４１２人'], '転出超過の縮小（減少）を目指す指標'],
  ['テレワーク体験参加者数', ['６０人', '９０人', '１２０人', '１５０人'], ['４２人', '８８人', '９５人']],
];

function buildMonthEnd(ws: Worksheet): void {
  widths(ws, [30, 8, 14, 14, 14, 14, 30]);
  merged(ws, 1, 1, '地域再生計画　重要業績評価指標（KPI）の達成状況', 7);
  put(ws, 2, 1, ['評価対象期間：令和５年４月１日～令和６年３月３１日']);
  put(ws, 4, 1, ['KPI', '区分', '令和４年３月末', '令和５年３月末', '令和６年３月末', '令和７年３月末', '備考']);
  MONTH_END_KPIS.forEach(([name, targets, actuals, remark], i) => {
    const row = 5 + 2 * i;
    merged(ws, row, 1, name, 1, 2);
    put(ws, row, 2, ['目標値', ...targets]);
    put(ws, row + 1, 2, ['実績値', ...actuals]);
    if (remark) merged(ws, row, 7, remark, 1, 2);
  });
  box(ws, 4, 1, 12, 7);
}

const MONTH_END: Holdout2Workbook = {
  name: 'h40-07-kpi-month-ends-fullwidth',
  layout:
    'C: KPI × 令和４年３月末…令和７年３月末, full-width figures with units in the cells, a decrease aim in 備考, period as 令和５年４月１日～令和６年３月３１日',
  build: (wb) => buildMonthEnd(wb.addWorksheet(S7)),
  expected: {
    file: 'h40-07-kpi-month-ends-fullwidth.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S7, '市内IT企業への就職者数', '人', 20, 17),
      ind(S7, 'サテライトオフィス入居企業数', '社', 8, 8),
      ind(S7, '市外への転出超過数', '人', 350, 412, { direction: 'down' }),
      ind(S7, 'テレワーク体験参加者数', '人', 120, 95),
    ],
    groups: [],
  },
};

export const KPI_WORKBOOKS: Holdout2Workbook[] = [SINGLE_AND_CUMULATIVE, MONTH_END];
