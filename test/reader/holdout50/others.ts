/** Hold-out 50, outside the four families: final targets with baselines and ↑/↓ beside yearly actuals, small year-as-row tables with 計 rows and a 見込 year, and a progress table that states no evaluation year (a guess). */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------- baselines, final targets, ↑/↓, yearly actuals
const S1 = '進捗確認';
const G: (string | number)[][] = [
  [1, '市域の温室効果ガス排出量', '↓', '千t-CO2', 682, 'H25年度', 410, 'R12年度', 598, 571, 552, 540],
  [2, '再生可能エネルギー導入容量', '↑', 'kW', 18500, 'R元年度', 40000, 'R12年度', 24300, 27800, 29900, 31250],
  [3, '公用車の次世代自動車導入率', '↑', '％', 12.0, 'R2年度', 50.0, 'R12年度', 15.2, 19.8, 24.1, 28.5],
  [4, '市民1人1日当たり水道使用量', '↓', 'L', 312, 'R2年度', 295, 'R12年度', 309, 305, 303, 301],
  [5, 'エコドライブ講習会の受講者数', '↑', '人', 120, 'R2年度', 200, 'R7年度', 132, 158, 187, 214],
  [6, '不法投棄の回収件数', '↓', '件', 86, 'R2年度', 60, 'R7年度', 78, 71, 64, '集計中'],
];
const fin = (e: ExpectedIndicator): ExpectedIndicator => ({ ...e, targetSource: 'final' });
const E1: ExpectedIndicator[] = [
  fin(ind(S1, '市域の温室効果ガス排出量', '千t-CO2', 410, 540, { direction: 'down' })),
  fin(ind(S1, '再生可能エネルギー導入容量', 'kW', 40000, 31250)),
  fin(ind(S1, '公用車の次世代自動車導入率', '％', 50, 28.5)),
  fin(ind(S1, '市民1人1日当たり水道使用量', 'L', 295, 301, { direction: 'down' })),
  fin(ind(S1, 'エコドライブ講習会の受講者数', '人', 200, 214)),
  fin(ind(S1, '不法投棄の回収件数', '件', 60, null, { direction: 'down', actualStatus: 'pending' })),
];

export const BASELINE_FINAL: Holdout2Workbook = {
  name: 'h50-n-baseline-final-arrows',
  layout:
    'one row per indicator: ↑/↓, 基準値 and its year, a final 目標値 and its year, then 実績値 R3…R6 under a merged heading; a 参考指標 block below with a 基準値 and a 目標値',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['地球温暖化対策実行計画（区域施策編）　指標の進捗確認（令和6年度実績）']);
    put(ws, 2, 10, ['環境部　ゼロカーボン推進室']);
    put(ws, 4, 1, ['No.', '指標', '方向', '単位', '基準値', undefined, '目標値', undefined, '実績値']);
    put(ws, 5, 5, ['値', '年度', '値', '年度', 'R3', 'R4', 'R5', 'R6', '備考']);
    ws.mergeCells(4, 5, 4, 6);
    ws.mergeCells(4, 7, 4, 8);
    ws.mergeCells(4, 9, 4, 12);
    for (const c of [1, 2, 3, 4]) ws.mergeCells(4, c, 5, c);
    G.forEach((row, i) => put(ws, 6 + i, 1, row));
    put(ws, 11, 13, ['R6は県の集計待ち']);
    put(ws, 13, 1, ['＜参考指標＞']);
    put(ws, 14, 1, [1, '市の年平均気温', '－', '℃', 15.2, 'R2年度', undefined, undefined, 15.6, 15.4, 16.1, 16.3]);
    put(ws, 15, 1, [2, '市域の森林面積', '－', 'ha', 12300, 'R2年度', 12300, 'R12年度', 12296, 12291, 12288, 12280]);
    put(ws, 17, 1, ['※方向　↑：増やす指標　↓：減らす指標。目標値は計画の最終年度の値。']);
    ws.getColumn(2).width = 32;
  },
  expected: { file: 'h50-n-baseline-final-arrows.xlsx', fiscalYear: 2024, indicators: E1, groups: [] },
};

// ---------------------------------------------------------------- small tables with years as rows, 計 rows and a 見込 year
const S2 = '地域福祉';
interface YT {
  title: string;
  rows: [string, number, number | string | null][];
  total?: boolean;
}
const YTS: YT[] = [
  {
    title: '指標1　民生委員・児童委員の相談支援件数（件）',
    total: true,
    rows: [
      ['R2', 3000, 2845],
      ['R3', 3100, 3012],
      ['R4', 3200, 3366],
      ['R5', 3300, 3218],
      ['R6', 3400, null],
    ],
  },
  {
    title: '指標2　認知症サポーター養成者数（人）',
    total: true,
    rows: [
      ['R2', 800, 412],
      ['R3', 900, 876],
      ['R4', 1000, 1124],
      ['R5', 1100, 1263],
      ['R6', 1200, '（見込）1,300'],
    ],
  },
  {
    title: '指標3　ボランティアセンター登録者数（人）',
    rows: [
      ['R2', 1500, 1386],
      ['R3', 1550, 1402],
      ['R4', 1600, 1455],
      ['R5', 1650, 1431],
      ['R6', 1700, null],
    ],
  },
  {
    title: '指標4　ふれあいサロンの設置数（か所）',
    rows: [
      ['R2', 62, 58],
      ['R3', 65, 63],
      ['R4', 68, 70],
      ['R5', 72, 71],
      ['R6', 75, null],
    ],
  },
  {
    title: '指標5　高齢者の熱中症による救急搬送者数（人）　※少ないほど良い',
    total: true,
    rows: [
      ['R2', 50, 38],
      ['R3', 48, 52],
      ['R4', 45, 49],
      ['R5', 40, 46],
      ['R6', 38, null],
    ],
  },
  {
    title: '指標6　見守り協定締結事業者数（累計）（事業者）',
    rows: [
      ['R2', 20, 21],
      ['R3', 25, 26],
      ['R4', 30, 33],
      ['R5', 35, 36],
      ['R6', 40, null],
    ],
  },
];
const E2: ExpectedIndicator[] = [
  ind(S2, '民生委員・児童委員の相談支援件数', '件', 3300, 3218),
  ind(S2, '認知症サポーター養成者数', '人', 1100, 1263),
  ind(S2, 'ボランティアセンター登録者数', '人', 1650, 1431),
  ind(S2, 'ふれあいサロンの設置数', 'か所', 72, 71),
  ind(S2, '高齢者の熱中症による救急搬送者数', '人', 40, 46, { direction: 'down' }),
  ind(S2, '見守り協定締結事業者数（累計）', '事業者', 35, 36),
];

function yearTable(ws: Worksheet, r: number, c: number, t: YT): void {
  put(ws, r, c, [t.title]);
  put(ws, r + 1, c, ['年度', '目標', '実績', '達成率']);
  t.rows.forEach(([y, tg, ac], i) => {
    const rate = typeof ac === 'number' ? `${(100 * (t.title.includes('少ない') ? tg / ac : ac / tg)).toFixed(1)}%` : undefined;
    put(ws, r + 2 + i, c, [y, tg, ac, rate]);
  });
  if (t.total) {
    const done = t.rows.filter(([, , a]) => typeof a === 'number');
    put(ws, r + 2 + t.rows.length, c, ['計（R2～R5）', done.reduce((s, [, tg]) => s + tg, 0), done.reduce((s, [, , a]) => s + (a as number), 0)]);
  }
}

export const YEARS_AS_ROWS: Holdout2Workbook = {
  name: 'h50-n-years-as-rows-totals',
  layout:
    'six small tables (three across, two down), years as rows R2…R6 with 目標/実績/達成率, a 計 row under the flow indicators, an R6 （見込） actual, the unit in the title, 少ないほど良い in one title',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['第4期地域福祉計画　成果指標の状況（評価年度：令和5年度）']);
    put(ws, 2, 1, ['福祉部　地域福祉課　※R6は目標のみ（実績は次回評価）']);
    YTS.forEach((t, i) => yearTable(ws, 4 + Math.floor(i / 3) * 11, 1 + (i % 3) * 5, t));
    put(ws, 26, 1, ['※達成率は実績÷目標（指標5は目標÷実績）。']);
  },
  expected: { file: 'h50-n-years-as-rows-totals.xlsx', fiscalYear: 2023, indicators: E2, groups: [] },
};

// ---------------------------------------------------------------- no evaluation year stated (a guess), written grades that disagree
const S3 = '進捗管理';
const NY: [string, string, number[], number[], string, string][] = [
  ['特定保健指導実施率', '％', [40, 45, 50, 55, 60], [38.2, 41.5, 44.0], 'B', ''],
  ['週1回以上運動する市民の割合', '％', [45, 47, 49, 51, 53], [43.1, 46.2, 50.3], 'A', '市民アンケート'],
  ['健康教室の参加者数', '人', [1500, 1600, 1700, 1800, 1900], [1320, 1410, 1190], 'B', '会場改修で2か月休止'],
  ['がん検診精密検査受診率', '％', [90, 90, 90, 90, 90], [86.4, 88.0, 91.2], 'A', ''],
  ['3歳児のむし歯有病率', '％', [12.0, 11.0, 10.0, 9.0, 8.0], [12.8, 11.5, 10.9], 'A', '低いほど良い指標'],
];
const E3: ExpectedIndicator[] = NY.map(([name, unit, t, a, ex, note]) =>
  ind(S3, name, unit, t[2], a[2], { existing: ex, direction: note.includes('低い') ? 'down' : 'up' }),
);

export const NO_YEAR: Holdout2Workbook = {
  name: 'h50-n-no-year-progress',
  layout:
    'target/actual row pairs over R3…R7 with actuals through R5 and no evaluation year stated anywhere (period inferred: a guess), a written 評価 column that is generous twice, 低いほど良い only in 備考',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 1, ['第3次健康増進計画　指標の進捗管理表']);
    put(ws, 2, 8, ['健康推進課']);
    put(ws, 4, 1, ['指標名', '単位', '区分', 'R3', 'R4', 'R5', 'R6', 'R7\n（最終）', '評価', '備考']);
    NY.forEach(([name, unit, t, a, ex, note], i) => {
      const r = 5 + i * 2;
      put(ws, r, 1, [name, unit, '目標', ...t, ex, note]);
      put(ws, r + 1, 3, ['実績', ...a]);
      for (const c of [1, 2, 9, 10]) ws.mergeCells(r, c, r + 1, c);
    });
    put(ws, 16, 1, ['※評価は担当課による（A：達成　B：概ね達成　C：やや遅れ　D：遅れ）。']);
    ws.getColumn(1).width = 30;
  },
  expected: { file: 'h50-n-no-year-progress.xlsx', fiscalYear: 2023, indicators: E3, groups: [], guesses: ['period'] },
};

export const OTHER_WORKBOOKS = [BASELINE_FINAL, YEARS_AS_ROWS, NO_YEAR];
