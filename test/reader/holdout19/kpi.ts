/** Hold-out 19, family C: KPI tables per period (地方創生 総合戦略) as three other offices lay them out. */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const C1 = 'KPI進捗';
const c1 = [
  ind(C1, '市の支援による創業件数', '件', 12, 14),
  ind(C1, '企業誘致件数（累計）', '社', 6, 4),
  ind(C1, '移住相談件数', '件', 150, 131),
  ind(C1, '移住者数', '人', 60, 72),
];

/** C: 目標 / 実績 rows per KPI, period columns 令和3年3月末…令和6年3月末, units inside the values, 基本目標 merged down. */
const yearEnds: Holdout2Workbook = {
  name: 'h19-c-year-end-columns',
  layout:
    'C: KPI × 令和3年3月末…令和6年3月末 columns, a 区分 column (目標/実績), KPI name merged over its two rows, 基本目標 merged down, "12 件" text values, "-" target, evaluation stated as 令和6年3月末時点',
  build(wb) {
    const ws = wb.addWorksheet(C1);
    put(ws, 1, 1, ['まち・ひと・しごと創生総合戦略　KPI進捗状況']);
    put(ws, 2, 1, ['令和5年度評価（令和6年3月末時点）']);
    put(ws, 4, 1, ['基本目標', 'KPI', '区分', '令和3年3月末', '令和4年3月末', '令和5年3月末', '令和6年3月末', '備考']);
    const kpis: [string, string[], string[], string?][] = [
      ['市の支援による創業件数', ['10 件', '10 件', '12 件', '12 件'], ['8 件', '11 件', '13 件', '14 件']],
      ['企業誘致件数（累計）', ['-', '2 社', '4 社', '6 社'], ['1 社', '2 社', '3 社', '4 社'], '累計'],
      ['移住相談件数', ['100 件', '120 件', '140 件', '150 件'], ['96 件', '118 件', '127 件', '131 件'], 'オンライン相談を含む'],
      ['移住者数', ['30 人', '40 人', '50 人', '60 人'], ['27 人', '41 人', '58 人', '72 人'], '市の支援制度を利用した移住者'],
    ];
    kpis.forEach(([name, targets, actuals, note], i) => {
      const r = 5 + 2 * i;
      put(ws, r, 2, [name, '目標', ...targets, note]);
      put(ws, r + 1, 3, ['実績', ...actuals]);
      ws.mergeCells(r, 2, r + 1, 2);
      ws.mergeCells(r, 8, r + 1, 8);
    });
    put(ws, 5, 1, ['1 しごとをつくる']);
    ws.mergeCells('A5:A8');
    put(ws, 9, 1, ['2 ひとの流れをつくる']);
    ws.mergeCells('A9:A12');
  },
  expected: { file: 'h19-c-year-end-columns.xlsx', fiscalYear: 2023, indicators: c1, groups: [] },
};

const C2 = 'KPI';
const c2 = [
  ind(C2, 'ふるさと納税寄附件数', '件', 25000, 31204),
  ind(C2, '出生数', '人', 420, 351),
  ind(C2, '転出超過数', '人', 150, 212, { direction: 'down' }),
  ind(C2, '市内高校生の市内就職率', '％', 35, 28.3),
];

/** C: periods down the rows (R2（基準）…R7), each KPI a 目標値 / 実績値 column pair, its name merged above, units in a row of their own. */
const periodsDown: Holdout2Workbook = {
  name: 'h19-c-periods-down-pairs',
  layout:
    'C: periods down (R2（基準）…R7), each KPI a merged name over a 目標値/実績値 column pair with a spacer column between pairs, units in their own row "(人)", 評価年度：R5, a ↓ note below the table',
  build(wb) {
    const ws = wb.addWorksheet(C2);
    put(ws, 1, 1, ['第2期総合戦略　重要業績評価指標（KPI）の推移']);
    put(ws, 2, 1, ['評価年度：R5']);
    const kpis: [string, string, (number | undefined)[], (number | undefined)[]][] = [
      ['ふるさと納税寄附件数', '件', [undefined, 15000, 20000, 25000, 28000, 30000], [12410, 18320, 26775, 31204]],
      ['出生数', '人', [undefined, 450, 435, 420, 410, 400], [468, 441, 398, 351]],
      ['転出超過数', '人', [undefined, 200, 175, 150, 125, 100], [236, 219, 188, 212]],
      ['市内高校生の市内就職率', '％', [undefined, 30, 32.5, 35, 37.5, 40], [27.9, 29.4, 30.2, 28.3]],
    ];
    put(ws, 5, 1, ['年度']);
    put(ws, 6, 1, ['単位']);
    ['R2（基準）', 'R3', 'R4', 'R5', 'R6', 'R7'].forEach((p, k) => put(ws, 7 + k, 1, [p]));
    kpis.forEach(([name, unit, targets, actuals], i) => {
      const c = 2 + 3 * i;
      put(ws, 4, c, [name]);
      ws.mergeCells(4, c, 4, c + 1);
      put(ws, 5, c, ['目標値', '実績値']);
      put(ws, 6, c, [`(${unit})`, `(${unit})`]);
      targets.forEach((t, k) => put(ws, 7 + k, c, [t, actuals[k]]));
    });
    put(ws, 14, 1, ['※転出超過数は減少を目指す指標（少ないほど良い）。R2は基準値（実績）。']);
  },
  expected: { file: 'h19-c-periods-down-pairs.xlsx', fiscalYear: 2023, indicators: c2, groups: [] },
};

const C3 = 'KPI一覧';
const c3 = [
  ind(C3, '製造品出荷額等', '億円', 1850, 1812, { actualStatus: 'provisional' }),
  ind(C3, '有効求人倍率', '倍', 1.25, 1.28),
  ind(C3, '刑法犯認知件数', '件', 360, 371, { direction: 'down' }),
  ind(C3, '自主防災組織率', '％', 85, 83.9),
  ind(C3, '空き家バンク成約件数', '件', 12, 15),
];

/** C: KPI rows grouped under 【基本目標】 section rows, 2022年度 / 2023年度 / 2024年度 merged over 目標 / 実績, a 目指す方向 column. */
const sections: Holdout2Workbook = {
  name: 'h19-c-sections-year-pairs',
  layout:
    'C: KPI rows under 【基本目標１】/【基本目標２】 section rows, 2022年度…2024年度 each merged over 目標/実績 sub-columns, 単位 and 目指す方向（増加/減少） columns, 基準値（R2）, "1,812（見込み）"',
  build(wb) {
    const ws = wb.addWorksheet(C3);
    put(ws, 1, 1, ['デジタル田園都市国家構想総合戦略　KPI達成状況（令和５年度評価）']);
    put(ws, 3, 1, ['No.', 'KPI', '単位', '目指す方向', '基準値\n（R2）', '2022年度', undefined, '2023年度', undefined, '2024年度', undefined, '備考']);
    put(ws, 4, 6, ['目標', '実績', '目標', '実績', '目標', '実績']);
    for (const [a, b] of [
      ['F3', 'G3'],
      ['H3', 'I3'],
      ['J3', 'K3'],
    ])
      ws.mergeCells(`${a}:${b}`);
    for (const col of ['A', 'B', 'C', 'D', 'E', 'L']) ws.mergeCells(`${col}3:${col}4`);
    put(ws, 5, 1, ['【基本目標１】地域経済の活性化']);
    ws.mergeCells('A5:L5');
    put(ws, 6, 1, [
      1,
      '製造品出荷額等',
      '億円',
      '増加',
      '1,720',
      '1,800',
      '1,846',
      '1,850',
      '1,812（見込み）',
      '1,900',
      undefined,
      '工業統計・経済構造実態調査',
    ]);
    put(ws, 7, 1, [2, '有効求人倍率', '倍', '増加', 1.12, 1.2, 1.31, 1.25, 1.28, 1.3, undefined, '年度平均']);
    put(ws, 8, 1, ['【基本目標２】安全・安心な暮らしの確保']);
    ws.mergeCells('A8:L8');
    put(ws, 9, 1, [3, '刑法犯認知件数', '件', '減少', 412, 380, 365, 360, 371, 340]);
    put(ws, 10, 1, [4, '自主防災組織率', '％', '増加', 78.5, 82, 81.0, 85, 83.9, 88, undefined, '組織率＝加入世帯÷全世帯']);
    put(ws, 11, 1, [5, '空き家バンク成約件数', '件', '増加', 6, 10, 9, 12, 15, 14]);
  },
  expected: { file: 'h19-c-sections-year-pairs.xlsx', fiscalYear: 2023, indicators: c3, groups: [] },
};

export const KPI_WORKBOOKS: Holdout2Workbook[] = [yearEnds, periodsDown, sections];
