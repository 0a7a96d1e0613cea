/** Hold-out 4, other shapes: years as rows, one indicator per sheet as label / value, indicators as columns, targets and actuals on two sheets. */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

/** Years down the rows, each indicator a merged band of 目標 / 実績 columns with the unit in the heading bracket. */
const SY = '年度別推移';
const IY = [ind(SY, '公共交通利用者数', '人', 350000, 331000), ind(SY, 'デマンドタクシー登録者数', '人', 1800, 1910)];
const yearsAsRows: Holdout2Workbook = {
  name: 'h4-years-as-rows',
  layout:
    'N: years down the rows (令和3年度…令和6年度), two indicators as merged bands over 目標 / 実績, units in heading brackets; evaluation year in the title',
  build(wb) {
    const ws = wb.addWorksheet(SY);
    put(ws, 1, 1, ['地域公共交通計画　評価指標の推移（令和5年度評価）']);
    put(ws, 3, 1, ['年度', '公共交通利用者数（人）', undefined, 'デマンドタクシー登録者数（人）', undefined]);
    ws.mergeCells('B3:C3');
    ws.mergeCells('D3:E3');
    ws.mergeCells('A3:A4');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績']);
    put(ws, 5, 1, ['令和3年度', 330000, 301000, 1400, 1350]);
    put(ws, 6, 1, ['令和4年度', 340000, 322000, 1600, 1720]);
    put(ws, 7, 1, ['令和5年度', 350000, 331000, 1800, 1910]);
    put(ws, 8, 1, ['令和6年度', 360000, undefined, 2000, undefined]);
  },
  expected: { file: 'h4-years-as-rows.xlsx', fiscalYear: 2023, indicators: IY, groups: [] },
};

/** One indicator per sheet, written as label / value pairs down column B / C, plus a cover. */
const labelSheets = [
  { sheet: '指標1', name: '特定健診受診率', unit: '％', target: 60, actual: 52.4, dir: '上昇' },
  { sheet: '指標2', name: '低栄養傾向高齢者の割合', unit: '％', target: 15, actual: 16.8, dir: '低下' },
  { sheet: '指標3', name: '健康ポイント参加者数', unit: '人', target: 3000, actual: 3215, dir: '上昇' },
];
const IL = labelSheets.map((x) => ind(x.sheet, x.name, x.unit, x.target, x.actual, { direction: x.dir === '低下' ? 'down' : 'up' }));
const labelValue: Holdout2Workbook = {
  name: 'h4-label-value-sheets',
  layout: 'N: a cover, then one indicator per sheet as label / value pairs (指標名, 単位, 目指す方向, 目標値（R5）, 実績値（R5）, コメント)',
  build(wb) {
    const cover = wb.addWorksheet('表紙');
    put(cover, 2, 2, ['健康増進計画　指標評価票（令和5年度）']);
    for (const x of labelSheets) {
      const ws = wb.addWorksheet(x.sheet);
      put(ws, 1, 2, ['指標評価票']);
      put(ws, 3, 2, ['指標名', x.name]);
      put(ws, 4, 2, ['単位', x.unit]);
      put(ws, 5, 2, ['目指す方向', x.dir]);
      put(ws, 6, 2, ['目標値（R5）', x.target]);
      put(ws, 7, 2, ['実績値（R5）', x.actual]);
      put(ws, 8, 2, ['コメント', '引き続き周知に努める。']);
    }
  },
  expected: { file: 'h4-label-value-sheets.xlsx', fiscalYear: 2023, indicators: IL, groups: [] },
};

/** Indicators across the columns, rows 単位 / 目標値 / 実績値 / 達成率 down the side. */
const SX = '指標一覧';
const IX = [ind(SX, '新規企業誘致数', '社', 4, 3), ind(SX, '市内就業者数', '人', 21000, 21250), ind(SX, '創業件数', '件', 15, 8)];
const transposed: Holdout2Workbook = {
  name: 'h4-indicators-as-columns',
  layout: 'N: indicators across the columns, rows 単位 / 2023年度 目標値 / 2023年度 実績値 / 達成率 down the side',
  build(wb) {
    const ws = wb.addWorksheet(SX);
    put(ws, 1, 1, ['産業振興ビジョン　指標の達成状況']);
    put(ws, 3, 1, ['項目', '新規企業誘致数', '市内就業者数', '創業件数']);
    put(ws, 4, 1, ['単位', '社', '人', '件']);
    put(ws, 5, 1, ['2023年度 目標値', 4, 21000, 15]);
    put(ws, 6, 1, ['2023年度 実績値', 3, 21250, 8]);
    put(ws, 7, 1, ['達成率', '75.0%', '101.2%', '53.3%']);
  },
  expected: { file: 'h4-indicators-as-columns.xlsx', fiscalYear: 2023, indicators: IX, groups: [] },
};

/** Targets on one sheet and actuals on another, the same names in a different order. */
const split: Holdout2Workbook = {
  name: 'h4-split-target-actual-sheets',
  layout: 'N: 目標値 sheet (indicator × R4…R6) and 実績値 sheet (indicator × R4, R5) in a different order; evaluation year R5 in both titles',
  build(wb) {
    const t = wb.addWorksheet('目標値');
    put(t, 1, 1, ['環境基本計画　目標値（令和5年度評価用）']);
    put(t, 3, 1, ['指標', '単位', 'R4', 'R5', 'R6']);
    put(t, 4, 1, ['ごみ総排出量', 't', 21000, 20500, 20000]);
    put(t, 5, 1, ['リサイクル率', '％', 22, 23, 24]);
    put(t, 6, 1, ['環境学習参加者数', '人', 900, 950, 1000]);
    const a = wb.addWorksheet('実績値');
    put(a, 1, 1, ['環境基本計画　実績値（令和5年度評価用）']);
    put(a, 3, 1, ['指標', '単位', 'R4', 'R5']);
    put(a, 4, 1, ['環境学習参加者数', '人', 870, 1012]);
    put(a, 5, 1, ['ごみ総排出量', 't', 21400, 20900]);
    put(a, 6, 1, ['リサイクル率', '％', 21.2, 20.1]);
  },
  expected: {
    file: 'h4-split-target-actual-sheets.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('目標値', 'ごみ総排出量', 't', 20500, 20900, { direction: 'down' }),
      ind('目標値', 'リサイクル率', '％', 23, 20.1),
      ind('目標値', '環境学習参加者数', '人', 950, 1012),
    ],
    groups: [],
  },
};

export const OTHER_WORKBOOKS: Holdout2Workbook[] = [yearsAsRows, labelValue, transposed, split];
