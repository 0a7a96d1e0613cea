/**
 * Family C of the twenty-fourth hold-out set: KPI tables per period, as three more offices lay them out (a 目標 / 実績 pair
 * of rows per KPI under 令和 years with the name merged or written once, the periods down the rows under KPIs merged
 * across a 目標値 / 実績値 pair, and two captioned tables with 目標値 and 実績値 each over FY columns).
 */
import type { Worksheet } from 'exceljs';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, merged, put } from './kit24';

type Cell = string | number | undefined;

interface PairKpi {
  name: string;
  unit: string;
  base: number;
  targets: Cell[];
  actuals: Cell[];
  note?: string;
  /** The name and unit merged over both rows (else written on the 目標 row only). */
  mergedName: boolean;
}

function pairKpi(ws: Worksheet, row: number, k: PairKpi): void {
  const rows = k.mergedName ? 2 : 1;
  merged(ws, row, 2, k.name, rows, 1);
  merged(ws, row, 3, k.unit, rows, 1);
  merged(ws, row, 4, k.base, rows, 1);
  put(ws, row, 5, ['目標', ...k.targets]);
  put(ws, row + 1, 5, ['実績', ...k.actuals]);
  if (k.note) merged(ws, row, 10, k.note, 2, 1);
  for (let c = 4; c <= 9; c++)
    for (const r of [row, row + 1]) {
      const cell = ws.getCell(r, c);
      if (typeof cell.value === 'number' && cell.value >= 1000) cell.numFmt = '#,##0';
    }
}

const GOALS: [string, PairKpi[]][] = [
  [
    '１　しごとをつくる',
    [
      { name: '市内事業所の新規雇用者数', unit: '人', base: 135, targets: [150, 150, 150, 150], actuals: [142, 161, 128], mergedName: true },
      { name: '創業支援件数', unit: '件', base: 16, targets: [20, 22, 24, 26], actuals: [18, 25, 27], mergedName: false },
    ],
  ],
  [
    '２　ひとの流れをつくる',
    [
      { name: '転入者数', unit: '人', base: 2380, targets: [2400, 2420, 2450, 2480], actuals: [2310, 2290, 2155, '1,120（9月末）'], mergedName: true },
      { name: '観光入込客数', unit: '万人', base: 168.2, targets: [180, 190, 200, 210], actuals: [152.0, 171.5, 158.3], mergedName: false },
    ],
  ],
  [
    '３　結婚・出産・子育ての希望をかなえる',
    [
      { name: '合計特殊出生率', unit: '－', base: 1.42, targets: [1.5, 1.5, 1.5, 1.5], actuals: [1.4, 1.36, 1.38], mergedName: true },
      { name: '保育所等待機児童数', unit: '人', base: 12, targets: [0, 0, 0, 0], actuals: [4, 2, 0], note: '少ないほど良い指標', mergedName: false },
    ],
  ],
];

const STRATEGY = 'KPI進捗';

const strategyPairs: Holdout2Workbook = {
  name: 'h24-kpi-target-actual-row-pairs',
  layout:
    'KPI table: 基本目標 merged down its KPIs, each KPI a 目標 row and a 実績 row under 令和３年度…令和６年度 (name and unit merged over both rows or written once), 基準値 column, a later-year 9月末 figure, 少ないほど良い in 備考',
  build(wb) {
    const ws = wb.addWorksheet(STRATEGY);
    merged(ws, 1, 1, '第２期　まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況', 1, 10);
    merged(ws, 2, 8, '評価対象年度：令和５年度', 1, 3);
    put(ws, 4, 1, ['基本目標', 'KPI', '単位', '基準値\n（令和元年度）', '区分', '令和３年度', '令和４年度', '令和５年度', '令和６年度', '備考']);
    let row = 5;
    for (const [goal, kpis] of GOALS) {
      merged(ws, row, 1, goal, kpis.length * 2, 1);
      kpis.forEach((k, i) => pairKpi(ws, row + i * 2, k));
      row += kpis.length * 2;
    }
    merged(ws, row + 1, 1, '※令和６年度の実績は９月末時点の数値', 1, 10);
  },
  expected: {
    file: 'h24-kpi-target-actual-row-pairs.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(STRATEGY, '市内事業所の新規雇用者数', '人', 150, 128),
      ind(STRATEGY, '創業支援件数', '件', 24, 27),
      ind(STRATEGY, '転入者数', '人', 2450, 2155),
      ind(STRATEGY, '観光入込客数', '万人', 200, 158.3),
      { ...ind(STRATEGY, '合計特殊出生率', null, 1.5, 1.38), unit: undefined },
      ind(STRATEGY, '保育所等待機児童数', '人', 0, 0, { direction: 'down' }),
    ],
    groups: [],
  },
};

const MOVE = 'KPI推移';
const MOVE_ROWS: Cell[][] = [
  ['令和４年３月末', '100 件', '94 件', '－', 6, 40, 38],
  ['令和５年３月末', '110 件', '123 件', 10, 9, 45, 47],
  ['令和６年３月末', '120 件', '131 件', 12, 8, 50, 41],
  ['令和７年３月末', '130 件', undefined, 14, undefined, 55],
];

const periodsDown: Holdout2Workbook = {
  name: 'h24-kpi-periods-down-rows',
  layout:
    'KPI table turned: the 3月末 dates down the rows, each KPI (unit in its heading) merged over a 目標値 / 実績値 pair of columns, one KPI written with units in the cells, "－" target in the first year, stated period with its 3月末 date',
  build(wb) {
    const ws = wb.addWorksheet(MOVE);
    merged(ws, 1, 1, '地域再生計画（移住・定住の促進）　ＫＰＩの達成状況', 1, 7);
    merged(ws, 2, 1, '評価対象期間：令和５年度（令和６年３月末時点）', 1, 7);
    merged(ws, 4, 1, '時点', 2, 1);
    ['移住相談件数（件）', 'お試し住宅利用世帯数（世帯）', '移住支援制度を利用した転入者数（人）'].forEach((h, i) => merged(ws, 4, 2 + i * 2, h, 1, 2));
    put(ws, 5, 2, ['目標値', '実績値', '目標値', '実績値', '目標値', '実績値']);
    MOVE_ROWS.forEach((r, i) => put(ws, 6 + i, 1, r));
    merged(ws, 11, 1, '※移住支援制度を利用した転入者数は、移住支援金又は住宅取得補助の交付対象となった転入者の人数', 1, 7);
  },
  expected: {
    file: 'h24-kpi-periods-down-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(MOVE, '移住相談件数', '件', 120, 131),
      ind(MOVE, 'お試し住宅利用世帯数', '世帯', 12, 8),
      ind(MOVE, '移住支援制度を利用した転入者数', '人', 50, 41),
    ],
    groups: [],
  },
};

const FY = 'FY2022,FY2023,FY2024'.split(',');

function fyTable(ws: Worksheet, row: number, caption: string, rows: Cell[][]): void {
  merged(ws, row, 1, caption, 1, 9);
  ['No.', '重要業績評価指標', '基準値\n（FY2019）'].forEach((h, i) => merged(ws, row + 1, 1 + i, h, 2, 1));
  merged(ws, row + 1, 4, '目標値', 1, 3);
  merged(ws, row + 1, 7, '実績値', 1, 2);
  merged(ws, row + 1, 9, '備考', 2, 1);
  put(ws, row + 2, 4, [...FY, ...FY.slice(0, 2)]);
  rows.forEach((r, i) => put(ws, row + 3 + i, 1, r));
}

const FY_SHEET = '総合戦略KPI';

const fyTables: Holdout2Workbook = {
  name: 'h24-kpi-two-fy-tables',
  layout:
    'KPI list: two captioned tables on one sheet, 目標値 over FY2022…FY2024 and 実績値 over FY2022 / FY2023, figures as text with units (full-width digits in one row), 集計中, a note under the second table naming two KPIs that should go down',
  build(wb) {
    const ws = wb.addWorksheet(FY_SHEET);
    merged(ws, 1, 1, '総合戦略　ＫＰＩ一覧', 1, 9);
    merged(ws, 2, 1, '評価対象期間：FY2023', 1, 3);
    fyTable(ws, 4, '【基本目標１】地域産業の振興', [
      [1, '市内製造品出荷額等', '2,150億円', '2,200億円', '2,250億円', '2,300億円', '2,184億円', '2,096億円', '工業統計調査等'],
      [2, '新規立地企業数', '2社', '3社', '3社', '3社', '4社', '1社'],
      [3, '創業者数', '１５人', '２０人', '２０人', '２０人', '２３人', '２１人', '創業支援事業計画による'],
    ]);
    fyTable(ws, 11, '【基本目標２】安心して暮らせるまち', [
      [1, '交通事故発生件数', '312件', '290件', '280件', '270件', '276件', '301件', '警察署統計'],
      [2, '刑法犯認知件数', '480件', '450件', '430件', '410件', '441件', '395件', '警察署統計'],
      [3, '自主防災組織の組織率', '78.5%', '82.0%', '84.0%', '86.0%', '83.1%', '集計中'],
    ]);
    merged(ws, 18, 1, '※交通事故発生件数及び刑法犯認知件数は、減少を目指す指標です。', 1, 9);
  },
  expected: {
    file: 'h24-kpi-two-fy-tables.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(FY_SHEET, '市内製造品出荷額等', '億円', 2250, 2096),
      ind(FY_SHEET, '新規立地企業数', '社', 3, 1),
      ind(FY_SHEET, '創業者数', '人', 20, 21),
      ind(FY_SHEET, '交通事故発生件数', '件', 280, 301, { direction: 'down' }),
      ind(FY_SHEET, '刑法犯認知件数', '件', 430, 395, { direction: 'down' }),
      ind(FY_SHEET, '自主防災組織の組織率', '%', 84, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

export const KPI_WORKBOOKS: Holdout2Workbook[] = [strategyPairs, periodsDown, fyTables];
