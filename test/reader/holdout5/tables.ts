/**
 * Hold-out 5, tables of other shapes: three merged, wrapped header rows (year over 目標 / 実績 /
 * 達成率), a 目標値 table and a 実績値 table side by side sharing rows, several KPI tables stacked on
 * one sheet each with its own heading and rating cell, percentages stored as fractions with 見込み /
 * 約 / 集計中 and the direction in 備考, and a table with 累計 / 達成率 columns, notes rows and no
 * evaluation year anywhere (the period only inferred from the latest actuals).
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const WRAP = { wrapText: true, vertical: 'middle', horizontal: 'center' } as const;

function wrapRow(ws: Worksheet, row: number, from: number, to: number): void {
  for (let c = from; c <= to; c++) ws.getCell(row, c).alignment = WRAP;
}

function percent(ws: Worksheet, row: number, col: number, value: number | string): void {
  const cell = ws.getCell(row, col);
  cell.value = value;
  if (typeof value === 'number') cell.numFmt = '0.0%';
}

// ---------------------------------------------------------------------------------------------
// Three header rows: 年度別の目標と実績 over R4年度 / R5年度 / R6年度, each over 目標 / 実績 / 達成率.

interface Welfare {
  policy: string;
  name: string;
  unit: string;
  base: number;
  /** R4, R5, R6 target; R4, R5 actual (a string as written). */
  targets: number[];
  actuals: (number | string)[];
  own: string;
}

const WELFARE: Welfare[] = [
  { policy: '2-1 地域福祉の推進', name: '地域包括支援センター相談件数', unit: '件', base: 2850, targets: [3100, 3200, 3300], actuals: [3012, 3480], own: 'A' },
  { policy: '2-1 地域福祉の推進', name: '特定健康診査受診率', unit: '％', base: 41.2, targets: [48.0, 50.0, 52.0], actuals: [42.9, 43.6], own: 'B' },
  {
    policy: '2-2 高齢者福祉の充実',
    name: '認知症サポーター養成者数',
    unit: '人',
    base: 9120,
    targets: [11000, 12000, 13000],
    actuals: [10350, 11020],
    own: 'B',
  },
  { policy: '2-2 高齢者福祉の充実', name: '介護予防教室参加者数', unit: '人', base: 2210, targets: [2300, 2400, 2500], actuals: [1190, 1380], own: 'D' },
  {
    policy: '2-2 高齢者福祉の充実',
    name: 'シルバー人材センター会員数',
    unit: '人',
    base: 604,
    targets: [610, 620, 630],
    actuals: [597, '588（暫定）'],
    own: 'B',
  },
];

function buildThreeRows(wb: Workbook): void {
  const ws = wb.addWorksheet('成果指標');
  put(ws, 1, 1, ['令和６年度　施策評価（令和５年度実績）　成果指標の状況']);
  put(ws, 3, 1, ['No.', '施策', '成果指標', '単位', '基準値\n（R2）', '年度別の目標と実績', ...Array(8).fill(undefined), '評価\n（R5）']);
  put(ws, 4, 6, ['R4年度', undefined, undefined, 'R5年度', undefined, undefined, 'R6年度']);
  put(ws, 5, 6, ['目標\n値', '実績\n値', '達成\n率', '目標\n値', '実績\n値', '達成\n率', '目標\n値', '実績\n値', '達成\n率']);
  for (const c of [1, 2, 3, 4, 5, 15]) ws.mergeCells(3, c, 5, c);
  ws.mergeCells(3, 6, 3, 14);
  for (const c of [6, 9, 12]) ws.mergeCells(4, c, 4, c + 2);
  for (const r of [3, 4, 5]) wrapRow(ws, r, 1, 15);
  WELFARE.forEach((w, i) => {
    const r = 6 + i;
    put(ws, r, 1, [i + 1, w.policy, w.name, w.unit, w.base]);
    w.targets.forEach((t, y) => {
      ws.getCell(r, 6 + 3 * y).value = t;
      const a = w.actuals[y];
      if (a === undefined) return;
      ws.getCell(r, 7 + 3 * y).value = a;
      percent(ws, r, 8 + 3 * y, typeof a === 'number' ? Math.round((1000 * a) / t) / 1000 : 0.948);
    });
    ws.getCell(r, 15).value = w.own;
  });
  put(ws, 12, 1, ['※達成率は実績値÷目標値。シルバー人材センター会員数のR5実績は3月末の暫定値。']);
}

const W = '成果指標';
const threeRows: Holdout2Workbook = {
  name: 'h5-three-header-rows',
  layout:
    'one table with three merged, wrapped header rows (年度別の目標と実績 › R4年度/R5年度/R6年度 › 目標値/実績値/達成率), 達成率 as % fractions, the department’s 評価（R5）, 暫定, period in the title',
  build: buildThreeRows,
  expected: {
    file: 'h5-three-header-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(W, '地域包括支援センター相談件数', '件', 3200, 3480, { existing: 'A' }),
      ind(W, '特定健康診査受診率', '％', 50.0, 43.6, { existing: 'B' }),
      ind(W, '認知症サポーター養成者数', '人', 12000, 11020, { existing: 'B' }),
      ind(W, '介護予防教室参加者数', '人', 2400, 1380, { existing: 'D' }),
      ind(W, 'シルバー人材センター会員数', '人', 620, 588, { actualStatus: 'provisional', existing: 'B' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// Two tables side by side sharing rows: 目標値 R3…R7 on the left, 実績値 R3…R6 on the right.

const ENV: { name: string; unit: string; way: '減少' | '増加'; targets: number[]; actuals: number[] }[] = [
  { name: '市域の温室効果ガス排出量', unit: '千t-CO2', way: '減少', targets: [880, 850, 820, 790, 760], actuals: [902, 871, 846] },
  { name: '市民1人1日当たりのごみ排出量', unit: 'g', way: '減少', targets: [900, 890, 880, 870, 860], actuals: [915, 897, 872] },
  { name: 'リサイクル率', unit: '％', way: '増加', targets: [22.0, 23.0, 24.0, 25.0, 26.0], actuals: [20.4, 20.1, 19.8] },
  { name: '住宅用太陽光発電設備設置補助件数', unit: '件', way: '増加', targets: [150, 150, 150, 150, 150], actuals: [132, 118, 87] },
  { name: '環境学習講座参加者数', unit: '人', way: '増加', targets: [500, 550, 600, 650, 700], actuals: [488, 571, 640] },
];

function buildSideBySide(wb: Workbook): void {
  const ws = wb.addWorksheet('進行管理');
  put(ws, 1, 1, ['令和５年度　第２次環境基本計画　進行管理表（環境指標）']);
  put(ws, 3, 1, ['環境指標', '単位', '目指す\n方向', '目標値']);
  put(ws, 3, 10, ['実績値']);
  put(ws, 4, 4, ['R3', 'R4', 'R5', 'R6', 'R7\n（最終）']);
  put(ws, 4, 10, ['R3', 'R4', 'R5', 'R6']);
  for (const c of [1, 2, 3]) ws.mergeCells(3, c, 4, c);
  ws.mergeCells(3, 4, 3, 8);
  ws.mergeCells(3, 10, 3, 13);
  for (const r of [3, 4]) wrapRow(ws, r, 1, 13);
  ENV.forEach((e, i) => {
    put(ws, 5 + i, 1, [e.name, e.unit, e.way, ...e.targets]);
    put(ws, 5 + i, 10, e.actuals);
  });
  ws.getColumn(1).width = 34;
  ws.getColumn(9).width = 2;
}

const E = '進行管理';
const sideBySide: Holdout2Workbook = {
  name: 'h5-side-by-side-target-actual',
  layout:
    'a 目標値 table (R3…R7) and a 実績値 table (R3…R6) side by side sharing rows, names only on the left, 目指す方向 column 減少/増加, period in the title',
  build: buildSideBySide,
  expected: {
    file: 'h5-side-by-side-target-actual.xlsx',
    fiscalYear: 2023,
    indicators: ENV.map((e) => ind(E, e.name, e.unit, e.targets[2], e.actuals[2], { direction: e.way === '減少' ? 'down' : 'up' })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// Three KPI tables stacked on one sheet, each with its heading and its own 基本目標の評価 cell.

interface Goal {
  heading: string;
  rows: { name: string; unit: string; base: number; target: number; actual: number; last: number }[];
  own?: string;
}

const GOALS: Goal[] = [
  {
    heading: '基本目標１　しごとをつくり、安心して働けるようにする',
    rows: [
      { name: '新規創業者数', unit: '件', base: 14, target: 20, actual: 24, last: 25 },
      { name: '企業誘致件数', unit: '社', base: 1, target: 2, actual: 1, last: 2 },
    ],
    own: 'B',
  },
  {
    heading: '基本目標２　新しい人の流れをつくる',
    rows: [
      { name: '移住者数', unit: '人', base: 126, target: 180, actual: 203, last: 200 },
      { name: 'ふるさと納税寄附件数', unit: '件', base: 21450, target: 30000, actual: 26415, last: 35000 },
    ],
    own: 'B',
  },
  {
    heading: '基本目標３　結婚・出産・子育ての希望をかなえる',
    rows: [
      { name: '婚活イベントによる成婚数', unit: '組', base: 3, target: 5, actual: 2, last: 5 },
      { name: '子育て支援アプリ登録者数', unit: '人', base: 1320, target: 2500, actual: 2140, last: 3000 },
    ],
  },
];

function buildStacked(wb: Workbook): void {
  const ws = wb.addWorksheet('KPI進捗');
  put(ws, 1, 1, ['第２期総合戦略　重要業績評価指標（KPI）の進捗状況']);
  GOALS.forEach((g, i) => {
    const r = 3 + i * 6;
    put(ws, r, 1, [g.heading]);
    put(ws, r + 1, 1, ['重要業績評価指標（KPI）', '単位', '基準値\n（R元）', 'R5目標', 'R5実績', 'R7目標', '備考']);
    wrapRow(ws, r + 1, 1, 7);
    g.rows.forEach((x, j) => put(ws, r + 2 + j, 1, [x.name, x.unit, x.base, x.target, x.actual, x.last]));
    put(ws, r + 4, 1, ['基本目標の評価', undefined, g.own]);
    ws.mergeCells(r + 4, 1, r + 4, 2);
  });
  ws.getColumn(1).width = 30;
}

const K = 'KPI進捗';
const GOAL_EXPECTED = GOALS.map((g) => g.rows.map((x) => ind(K, x.name, x.unit, x.target, x.actual)));
const stacked: Holdout2Workbook = {
  name: 'h5-stacked-goal-tables',
  layout:
    'three KPI tables stacked on one sheet, each under its own 基本目標 heading with R5目標 / R5実績 / R7目標 columns and its own 基本目標の評価 cell below it',
  build: buildStacked,
  expected: {
    file: 'h5-stacked-goal-tables.xlsx',
    fiscalYear: 2023,
    indicators: GOAL_EXPECTED.flat(),
    groups: GOAL_EXPECTED.map((rows, i) => ({ sheet: K, cell: `C${7 + i * 6}`, grade: rollUp(rows.map((e) => e.grade)) })),
  },
};

// ---------------------------------------------------------------------------------------------
// Percentages stored as fractions under a % format, 見込み / 約 / 集計中, the direction in 備考.

const TOURISM: [string, string, number, number, number | string, number | string, string][] = [
  ['観光入込客数', '千人', 1710, 2100, '1,862（見込み）', 0.887, '12月までの実績からの見込み'],
  ['外国人宿泊者数', '人', 8640, 15000, '約9,800', 0.653, '宿泊施設への聞き取りによる概数'],
  ['観光客の満足度', '％', 0.784, 0.85, 0.812, 0.955, '観光客アンケートで「満足」と回答した割合'],
  ['観光消費額単価', '円', 10450, 12000, '集計中', '－', ''],
  ['観光案内所への苦情件数', '件', 31, 20, 14, 1.429, '減少を目指す'],
  ['リピーター率', '％', 0.36, 0.4, 0.43, 1.075, ''],
];

function buildFractions(wb: Workbook): void {
  const ws = wb.addWorksheet('数値目標');
  put(ws, 1, 1, ['令和５年度　観光振興計画　数値目標の進捗状況']);
  put(ws, 3, 1, ['数値目標', '単位', '基準値\n（R元）', 'R5目標', 'R5実績', '達成率', '備考']);
  wrapRow(ws, 3, 1, 7);
  TOURISM.forEach(([name, unit, base, target, actual, rate, note], i) => {
    const r = 4 + i;
    put(ws, r, 1, [name, unit]);
    const cells: [number, number | string][] = [
      [3, base],
      [4, target],
      [5, actual],
    ];
    for (const [c, v] of cells) {
      if (unit === '％') percent(ws, r, c, v);
      else ws.getCell(r, c).value = v;
    }
    percent(ws, r, 6, rate);
    if (note) ws.getCell(r, 7).value = note;
  });
  ws.getColumn(1).width = 26;
}

const T = '数値目標';
const fractions: Holdout2Workbook = {
  name: 'h5-fractions-remarks-kpi',
  layout:
    'R5目標 / R5実績 table: ％ figures stored as fractions under a 0.0% format, 達成率 column, 見込み / 約 / 集計中 in the actuals, the direction only in 備考 (減少を目指す)',
  build: buildFractions,
  expected: {
    file: 'h5-fractions-remarks-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T, '観光入込客数', '千人', 2100, 1862, { actualStatus: 'provisional' }),
      ind(T, '外国人宿泊者数', '人', 15000, 9800, { actualStatus: 'approximate' }),
      ind(T, '観光客の満足度', '％', 85, 81.2),
      ind(T, '観光消費額単価', '円', 12000, null, { actualStatus: 'pending' }),
      ind(T, '観光案内所への苦情件数', '件', 20, 14, { direction: 'down' }),
      ind(T, 'リピーター率', '％', 40, 43),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 目標 / 実績 rows over R2…R6 with 累計 and 達成率 columns, notes under the table, no year stated.

const READING: { name: string; unit: string; targets: number[]; actuals: number[]; sums: boolean }[] = [
  { name: '読み聞かせボランティア派遣回数', unit: '回', targets: [100, 105, 110, 120, 125], actuals: [64, 88, 117, 131], sums: true },
  { name: '子ども向け図書の貸出冊数', unit: '冊', targets: [170000, 172000, 176000, 180000, 182000], actuals: [141200, 148900, 150770, 152300], sums: true },
  { name: 'ブックスタート事業参加率', unit: '％', targets: [95.0, 95.0, 95.0, 95.0, 95.0], actuals: [93.1, 94.8, 95.6, 96.4], sums: false },
  { name: '学校図書館司書の配置校数', unit: '校', targets: [6, 8, 10, 12, 14], actuals: [4, 6, 7, 8], sums: false },
];

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function buildCumulative(wb: Workbook): void {
  const ws = wb.addWorksheet('指標の推移');
  put(ws, 1, 1, ['子ども読書活動推進計画（第四次）　指標の推移']);
  put(ws, 3, 1, ['指標', '単位', '区分', 'R2', 'R3', 'R4', 'R5', 'R6', '累計', '達成率']);
  READING.forEach((x, i) => {
    const r = 4 + i * 2;
    const done = x.targets.slice(0, x.actuals.length);
    put(ws, r, 1, [x.name, x.unit, '目標', ...x.targets, x.sums ? sum(done) : '－']);
    put(ws, r + 1, 3, ['実績', ...x.actuals, undefined, x.sums ? sum(x.actuals) : '－']);
    percent(ws, r + 1, 10, x.sums ? Math.round((1000 * sum(x.actuals)) / sum(done)) / 1000 : '－');
    ws.mergeCells(r, 1, r + 1, 1);
    ws.mergeCells(r, 2, r + 1, 2);
  });
  put(ws, 13, 1, ['※1 R2・R3は新型コロナウイルス感染症の影響により、事業を縮小して実施した。']);
  put(ws, 14, 1, ['※2 累計・達成率は、実績のある年度までの目標と実績の合計による。']);
  ws.getColumn(1).width = 32;
}

const C = '指標の推移';
const cumulative: Holdout2Workbook = {
  name: 'h5-cumulative-inferred-period',
  layout:
    '目標 / 実績 rows per indicator over R2…R6 with 累計 and 達成率 columns and two notes rows under the table; no evaluation year anywhere (R5 is only the latest year with actuals)',
  build: buildCumulative,
  expected: {
    file: 'h5-cumulative-inferred-period.xlsx',
    fiscalYear: 2023,
    indicators: READING.map((x) => ind(C, x.name, x.unit, x.targets[3], x.actuals[3])),
    groups: [],
    guesses: ['period'],
  },
};

export const TABLE_WORKBOOKS: Holdout2Workbook[] = [threeRows, sideBySide, stacked, fractions, cumulative];
