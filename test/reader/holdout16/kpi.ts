/** Hold-out 16, family C: KPI tables per period as three other offices lay them out. */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const K1 = 'KPI進捗';

/** Periods across with 目標/実績 sub-columns under each 20xx年度 (two heading rows), units in the KPI heading, a 基準値 column. */
const subColumns: Holdout2Workbook = {
  name: 'h16-kpi-year-subcolumns',
  layout:
    'KPI table: KPI（単位） | 基準値 | 2021年度〜2024年度 each split into 目標/実績 (two heading rows, merged), evaluation year in the title, 2024 target only',
  build(wb) {
    const ws = wb.addWorksheet(K1);
    put(ws, 1, 1, ['第２期まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（2023年度評価）']);
    put(ws, 3, 1, [
      '基本目標',
      '重要業績評価指標（KPI）',
      '基準値',
      '2021年度',
      undefined,
      '2022年度',
      undefined,
      '2023年度',
      undefined,
      '2024年度',
      undefined,
    ]);
    put(ws, 4, 4, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:B4');
    ws.mergeCells('C3:C4');
    for (const c of ['D3:E3', 'F3:G3', 'H3:I3', 'J3:K3']) ws.mergeCells(c);
    put(ws, 5, 1, ['１ しごとをつくる', '新規創業者数（人）', 12, 15, 14, 18, 20, 20, 17, 22]);
    put(ws, 6, 1, [undefined, '企業立地件数（件）', 2, 3, 3, 3, 1, 4, 4, 4]);
    put(ws, 7, 1, ['２ ひとの流れをつくる', '転入者数（人）', '3,410', '3,500', '3,388', '3,550', '3,602', '3,600', '3,471', '3,650']);
    put(ws, 8, 1, [undefined, '移住相談件数（件）', 180, 200, 256, 220, 301, 240, 298, 260]);
    put(ws, 9, 1, ['３ 結婚・出産・子育て', '合計特殊出生率', 1.38, 1.45, 1.33, 1.5, 1.29, 1.55, 1.21, 1.6]);
    put(ws, 11, 1, ['出典：住民基本台帳、商工観光課調べ']);
  },
  expected: {
    file: 'h16-kpi-year-subcolumns.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K1, '新規創業者数', '人', 20, 17),
      ind(K1, '企業立地件数', '件', 4, 4),
      ind(K1, '転入者数', '人', 3600, 3471),
      ind(K1, '移住相談件数', '件', 240, 298),
      ind(K1, '合計特殊出生率', null, 1.55, 1.21),
    ],
    groups: [],
  },
};

const K2 = '数値目標';

/** Kitami-like 目標値/実績値 row pairs, but periods as 令和４年３月末 … 令和７年３月末 with the stated 時点, values "50 件", "-" targets (no target set)s. */
const monthEnds: Holdout2Workbook = {
  name: 'h16-kpi-month-end-pairs',
  layout:
    'KPI table: 目標値/実績値 row pair per KPI, periods 令和４年３月末〜令和７年３月末 (fiscal closes), 時点 stated as 令和６年３月末, "件"-suffixed values, "-" targets (no target set)',
  build(wb) {
    const ws = wb.addWorksheet(K2);
    put(ws, 1, 2, ['地域再生計画　数値目標の達成状況（令和６年３月末時点）']);
    put(ws, 3, 2, ['KPI', undefined, '令和４年３月末', '令和５年３月末', '令和６年３月末', '令和７年３月末']);
    const rows: [string, string[], string[]][] = [
      ['空き家バンク成約件数', ['8 件', '10 件', '12 件', '14 件'], ['9 件', '13 件', '11 件']],
      ['お試し移住住宅利用組数', ['20 組', '25 組', '30 組', '35 組'], ['14 組', '19 組', '17 組']],
      ['サテライトオフィス入居企業数', ['-', '-', '-', '-'], ['1 社', '2 社', '3 社']],
      ['地域おこし協力隊定着者数', ['2 人', '3 人', '4 人', '5 人'], ['2 人', '3 人', '5 人']],
    ];
    rows.forEach(([name, t, a], i) => {
      const r = 4 + i * 2;
      put(ws, r, 2, [name, '目標値', ...t]);
      put(ws, r + 1, 3, ['実績値', ...a]);
      ws.mergeCells(r, 2, r + 1, 2);
    });
  },
  expected: {
    file: 'h16-kpi-month-end-pairs.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K2, '空き家バンク成約件数', '件', 12, 11),
      ind(K2, 'お試し移住住宅利用組数', '組', 30, 17),
      ind(K2, 'サテライトオフィス入居企業数', '社', null, 3),
      ind(K2, '地域おこし協力隊定着者数', '人', 4, 5),
    ],
    groups: [],
  },
};

const K3 = 'Sheet1';

/** Years down the rows (FY2021…), one KPI per column pair, a 単位 row, a （見込み） figure, a 低い方が良い mark. */
const fyRows: Holdout2Workbook = {
  name: 'h16-kpi-fy-rows',
  layout:
    'KPI table with years as rows (FY2021〜FY2024) and KPIs across as 目標/実績 column pairs, 単位 row, "（見込み）" actual, ※低いほど良い mark, 評価年度 FY2023 in a cell',
  build(wb) {
    const ws = wb.addWorksheet(K3);
    put(ws, 1, 1, ['DX推進計画 KPI 推移表']);
    put(ws, 2, 1, ['評価年度', 'FY2023']);
    put(ws, 4, 1, ['指標', 'オンライン申請手続数', undefined, '窓口平均待ち時間 ※低いほど良い', undefined, 'マイナンバーカード交付率', undefined]);
    put(ws, 5, 1, ['単位', '手続', undefined, '分', undefined, '％', undefined]);
    put(ws, 6, 1, ['年度', '目標', '実績', '目標', '実績', '目標', '実績']);
    for (const c of ['B4:C4', 'D4:E4', 'F4:G4', 'B5:C5', 'D5:E5', 'F5:G5']) ws.mergeCells(c);
    put(ws, 7, 1, ['FY2021', 40, 52, 25, 28, 50, 44.8]);
    put(ws, 8, 1, ['FY2022', 80, 91, 20, 22, 70, 67.3]);
    put(ws, 9, 1, ['FY2023', 120, 104, 15, '18（見込み）', 80, 78.9]);
    put(ws, 10, 1, ['FY2024', 160, undefined, 12, undefined, 90, undefined]);
  },
  expected: {
    file: 'h16-kpi-fy-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K3, 'オンライン申請手続数', '手続', 120, 104),
      ind(K3, '窓口平均待ち時間', '分', 15, 18, { direction: 'down', actualStatus: 'provisional' }),
      ind(K3, 'マイナンバーカード交付率', '％', 80, 78.9),
    ],
    groups: [],
  },
};

export const KPI_WORKBOOKS: Holdout2Workbook[] = [subColumns, monthEnds, fyRows];
