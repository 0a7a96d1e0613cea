/**
 * Hold-out 6, other shapes: years down the rows per indicator (縦持ち, name merged down), one
 * 事務事業評価シート per project (活動指標 / 成果指標 with 目標 and 実績 rows), names merged over a 目標
 * row and a 実績 row with no period written anywhere, hidden helper columns and a hidden obsolete
 * indicator, and new indicators with only 基準値 and 目標 beside a sheet of indicators with actuals.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Cell = number | string | null;

// 1. 縦持ち: per indicator, one row per year (令和3年度…令和6年度), name and unit merged down its rows.
const S1 = '指標推移';
const ROWS1: [string, string, string | null, [number, Cell][]][] = [
  [
    '健康教室参加者数',
    '人',
    null,
    [
      [1200, 640],
      [1300, 980],
      [1400, 1262],
      [1500, null],
    ],
  ],
  [
    '成人の喫煙率',
    '％',
    '数値が低いほど良い指標',
    [
      [15.0, 15.8],
      [14.5, 15.1],
      [14.0, 14.6],
      [13.5, null],
    ],
  ],
  [
    '特定保健指導実施率',
    '％',
    null,
    [
      [50, 42.1],
      [53, 47.5],
      [56, 58.3],
      [60, null],
    ],
  ],
];
const yearsDown: Holdout2Workbook = {
  name: 'h6-kpi-years-down-rows',
  layout:
    '縦持ち: 指標名 and 単位 merged down four rows, one row per 年度 (令和3年度…令和6年度) with 目標値 and 実績値, 備考 marking a lower-is-better indicator',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['健康づくり計画　指標の推移']);
    put(ws, 2, 1, ['評価対象年度：令和5年度']);
    put(ws, 4, 1, ['指標名', '単位', '年度', '目標値', '実績値', '備考']);
    ROWS1.forEach(([name, unit, note, years], i) => {
      const top = 5 + 4 * i;
      years.forEach(([t, a], y) => put(ws, top + y, 3, [`令和${3 + y}年度`, t, a]));
      put(ws, top, 1, [name, unit]);
      if (note) put(ws, top, 6, [note]);
      ws.mergeCells(top, 1, top + 3, 1);
      ws.mergeCells(top, 2, top + 3, 2);
    });
  },
  expected: {
    file: 'h6-kpi-years-down-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S1, '健康教室参加者数', '人', 1400, 1262),
      ind(S1, '成人の喫煙率', '％', 14.0, 14.6, { direction: 'down' }),
      ind(S1, '特定保健指導実施率', '％', 56, 58.3),
    ],
    groups: [],
  },
};

// 2. 事務事業評価シート, one project per sheet: 指標区分 and 指標名 merged over a 目標 row and a 実績 row.
type Measure2 = [string, string, string, number[], Cell[]];
const PROJECTS2: [string, string, string, Measure2[]][] = [
  [
    '事業1',
    'がん検診推進事業',
    '健康推進課',
    [
      ['活動指標', 'がん検診の案内通知件数', '件', [22000, 22000, 22000], [21460, 21880, 21935]],
      ['成果指標', '胃がん検診受診者数', '人', [2400, 2500, 2600], [1980, 2105, 2230]],
    ],
  ],
  [
    '事業2',
    '地域公共交通確保維持事業',
    '企画調整課',
    [
      ['活動指標', 'デマンド型乗合タクシーの運行日数', '日', [243, 244, 244], [243, 244, 244]],
      ['成果指標', 'デマンド型乗合タクシー利用者数', '人', [9000, 9500, 10000], [7215, 8430, 9184]],
    ],
  ],
  [
    '事業3',
    'スポーツ推進事業',
    'スポーツ振興課',
    [
      ['活動指標', 'スポーツ教室の開催回数', '回', [40, 40, 40], [28, 36, 41]],
      ['成果指標', 'スポーツ教室参加者数', '人', [800, 850, 900], [512, 688, '702（速報値）']],
      ['成果指標', '週1回以上運動する成人の割合', '％', [50, 52, 54], [45.2, 47.0, '集計中']],
    ],
  ],
];

function projectSheet(ws: Worksheet, name: string, dept: string, measures: Measure2[]): void {
  put(ws, 1, 1, ['令和6年度　事務事業評価シート（令和5年度実施事業）']);
  put(ws, 3, 1, ['事業名', name]);
  put(ws, 4, 1, ['担当課', dept]);
  put(ws, 5, 1, ['事業の目的', `${name}により、市民サービスの向上を図る。`]);
  put(ws, 7, 1, ['指標区分', '指標名', '単位', null, '令和3年度', '令和4年度', '令和5年度']);
  measures.forEach(([kind, title, unit, t, a], i) => {
    const r = 8 + 2 * i;
    put(ws, r, 1, [kind, title, unit, '目標', ...t]);
    put(ws, r + 1, 4, ['実績', ...a]);
    for (const c of [1, 2, 3]) ws.mergeCells(r, c, r + 1, c);
  });
  const end = 8 + 2 * measures.length + 1;
  put(ws, end, 1, ['今後の方向性', '継続']);
}

const status2 = (a: Cell) =>
  typeof a === 'string' ? (a.includes('集計中') ? ({ actualStatus: 'pending' } as const) : ({ actualStatus: 'provisional' } as const)) : {};
const value2 = (a: Cell) => (typeof a === 'number' ? a : a && !a.includes('集計中') ? Number(a.replace(/[^0-9.]/g, '')) : null);

const projectSheets: Holdout2Workbook = {
  name: 'h6-jimu-jigyo-sheets',
  layout:
    '事務事業評価シート, one project per sheet: 指標区分 (活動指標/成果指標), 指標名, 単位 merged over a 目標 row and a 実績 row, 令和3–5年度 columns; 速報値, 集計中',
  build(wb: Workbook) {
    for (const [sheet, name, dept, measures] of PROJECTS2) projectSheet(wb.addWorksheet(sheet), name, dept, measures);
  },
  expected: {
    file: 'h6-jimu-jigyo-sheets.xlsx',
    fiscalYear: 2023,
    indicators: PROJECTS2.flatMap(([sheet, , , measures]) =>
      measures.map(([, title, unit, t, a]) => ind(sheet, title, unit, t[2], value2(a[2]), status2(a[2]))),
    ),
    groups: [],
  },
};

// 3. Names merged over a 目標 row and a 実績 row, 2019年度…2024年度, the evaluation year written nowhere.
const S3 = '成果指標';
const ROWS3: [string, string, number[], Cell[]][] = [
  ['住宅用太陽光発電設備設置件数', '件', [2100, 2250, 2400, 2550, 2700, 2850], [2088, 2231, 2372, 2498, 2611, null]],
  ['資源物の回収量', 't', [5200, 5250, 5300, 5350, 5400, 5450], [5012, 5130, 4988, 4875, 4790, null]],
  ['環境学習講座の受講者数', '人', [600, 600, 650, 650, 700, 700], [582, 211, 340, 498, 731, null]],
  ['緑化協定締結数', '件', [30, 32, 34, 36, 38, 40], [29, 31, 33, 34, 35, null]],
];
const mergedNames: Holdout2Workbook = {
  name: 'h6-merged-name-two-rows',
  layout: '指標名 and 単位 each merged over two rows (目標 / 実績 in a 区分 column), 2019年度…2024年度 columns, no evaluation year written (2024 targets only)',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 1, ['環境基本計画　成果指標の進捗状況']);
    put(ws, 3, 1, ['指標名', '単位', '区分', ...[2019, 2020, 2021, 2022, 2023, 2024].map((y) => `${y}年度`)]);
    ROWS3.forEach(([name, unit, t, a], i) => {
      const r = 4 + 2 * i;
      put(ws, r, 1, [name, unit, '目標', ...t]);
      put(ws, r + 1, 3, ['実績', ...a]);
      ws.mergeCells(r, 1, r + 1, 1);
      ws.mergeCells(r, 2, r + 1, 2);
    });
  },
  expected: {
    file: 'h6-merged-name-two-rows.xlsx',
    fiscalYear: 2023,
    indicators: ROWS3.map(([name, unit, t, a]) => ind(S3, name, unit, t[4], a[4] as number)),
    groups: [],
    guesses: ['period'],
  },
};

// 4. A hidden helper column (前年度実績, 計算用) and a hidden row holding an indicator dropped in R4.
const S4 = '指標一覧';
const ROWS4: [string, string, number, number, number | string, number, boolean][] = [
  ['審議会等における女性委員の割合', '％', 28.4, 40.0, 31.2, 33.5, false],
  ['男女共同参画セミナー参加者数', '人', 180, 300, 214, 256, false],
  ['市役所の男性職員の育児休業取得率', '％', 12.5, 50.0, 38.0, 61.9, false],
  ['ＤＶ相談窓口の認知度', '％', 35.0, 60.0, '－', 41.0, true],
  ['女性の就業率（25～44歳）', '％', 72.3, 78.0, 74.8, 75.1, false],
  ['家族経営協定締結数', '戸', 46, 60, 49, 52, false],
];
const hiddenParts: Holdout2Workbook = {
  name: 'h6-hidden-helper-column-rows',
  layout:
    'plan indicators (計画策定時（R2）, 目標（R7）, 実績（R5）) with a hidden 前年度実績 column between 目標 and 実績, a hidden 計算用 column, and a hidden row of an indicator dropped in R4',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S4);
    put(ws, 1, 1, ['第3次男女共同参画プラン　成果指標の達成状況（令和5年度）']);
    put(ws, 3, 1, ['No.', '指標', '単位', '計画策定時（R2）', '目標（R7）', '前年度実績', '実績（R5）', '達成率', '備考', '計算用']);
    ROWS4.forEach(([name, unit, base, t, prev, a, dropped], i) => {
      const r = 4 + i;
      put(ws, r, 1, [i + 1, name, unit, base, t, prev, a, a / t, dropped ? 'R4年度で指標廃止' : null, a - (typeof prev === 'number' ? prev : 0)]);
      ws.getCell(r, 8).numFmt = '0.0%';
      if (dropped) ws.getRow(r).hidden = true;
    });
    ws.getColumn(6).hidden = true;
    ws.getColumn(10).hidden = true;
  },
  expected: {
    file: 'h6-hidden-helper-column-rows.xlsx',
    fiscalYear: 2023,
    indicators: ROWS4.filter((r) => !r[6]).map(([name, unit, , t, , a]) => ind(S4, name, unit, t, a)),
    groups: [],
  },
};

// 5. Indicators with actuals on one sheet, new ones (基準値 and 目標値 only, no 実績 yet) on another.
const S5A = '地域福祉指標';
const S5B = '新規指標（R5追加）';
const ROWS5A: [string, string, number, string, number, number][] = [
  ['地域福祉活動に参加している市民の割合', '％', 24.6, 'R3', 35.0, 27.9],
  ['民生委員・児童委員の充足率', '％', 94.2, 'R3', 100.0, 96.8],
  ['ボランティアセンター登録者数', '人', 1120, 'R3', 1400, 1455],
];
const ROWS5B: [string, string, number, number][] = [
  ['重層的支援体制整備事業による支援件数', '件', 36, 120],
  ['成年後見制度利用促進の相談件数', '件', 58, 100],
  ['生活困窮者自立相談支援の新規相談受付件数', '件', 213, 260],
];
const missing5 = (name: string, unit: string, t: number): ExpectedIndicator => ind(S5B, name, unit, t, null, { actualStatus: 'missing' });
const baselineOnly: Holdout2Workbook = {
  name: 'h6-baseline-target-only',
  layout:
    'two plan-indicator sheets: one with 基準値, 基準年, 目標値（R10）, 令和5年度実績; one of indicators added in R5 with 基準値（R4） and 目標値（R10） only (no 実績 column yet)',
  build(wb: Workbook) {
    const a = wb.addWorksheet(S5A);
    put(a, 1, 1, ['第3期地域福祉計画　評価指標の状況（令和5年度評価）']);
    put(a, 3, 1, ['指標', '単位', '基準値', '基準年', '目標値（R10）', '令和5年度実績']);
    ROWS5A.forEach((row, i) => put(a, 4 + i, 1, row));
    const b = wb.addWorksheet(S5B);
    put(b, 1, 1, ['計画改定（令和5年度）により追加した指標']);
    put(b, 3, 1, ['指標', '単位', '基準値（R4）', '目標値（R10）', '備考']);
    ROWS5B.forEach(([name, unit, base, t], i) => put(b, 4 + i, 1, [name, unit, base, t, '令和6年度から実績を把握']));
  },
  expected: {
    file: 'h6-baseline-target-only.xlsx',
    fiscalYear: 2023,
    indicators: [...ROWS5A.map(([name, unit, , , t, a]) => ind(S5A, name, unit, t, a)), ...ROWS5B.map(([name, unit, , t]) => missing5(name, unit, t))],
    groups: [],
  },
};

export const OTHER_WORKBOOKS: Holdout2Workbook[] = [yearsDown, projectSheets, mergedNames, hiddenParts, baselineOnly];
