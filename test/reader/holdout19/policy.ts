/** Hold-out 19, family A: policy sheets (施策評価) as three other offices lay them out. */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const wrap = (ws: Worksheet, ref: string) => (ws.getCell(ref).alignment = { wrapText: true, vertical: 'middle' });

const A1 = '施策2-3';
const a1 = [
  ind(A1, '観光入込客数', '万人', 180, 171.3, { actualStatus: 'provisional' }),
  ind(A1, '市内宿泊者数', '人', 98000, 101240),
  ind(A1, '交通事故発生件数', '件', 250, 281, { direction: 'down' }),
  ind(A1, '消防団員充足率', '％', 95, 88.2),
];
type Block = [string, string, string, (number | string)[], (number | string | undefined)[], string];
const a1Blocks: Block[] = [
  ['観光入込客数', '万人', '↑ 増やす', [160, 165, 150, 165, 175, 180, 185], [162.0, 98.4, 121.7, 149.5, '171.3（速報値）'], '※R5は速報値'],
  ['市内宿泊者数', '人', '↑ 増やす', [90000, 92000, 80000, 88000, 94000, 98000, 100000], [91230, 52104, 70318, 88760, 101240], ''],
  ['交通事故発生件数', '件', '↓ 減らす', [310, 300, 290, 280, 265, 250, 240], [305, 268, 279, 290, 281], '人身事故件数（警察署調べ）'],
  ['消防団員充足率', '％', '↑ 増やす', [92, 92, 93, 93, 94, 95, 95], [90.4, 89.9, 89.1, 88.6, 88.2], '4月1日現在'],
];

/** A: one 施策 sheet, four indicator blocks tiled two across, H30 baseline then R元…R6 across, 期待値 above 実績値, 方向 per block. */
const tiledBlocks: Holdout2Workbook = {
  name: 'h19-a-tiled-blocks-expected-row',
  layout:
    'A: one 施策 sheet, four blocks tiled 2×2 (8 columns each), H30（基準値）/R元…R5/R6（目標） across, 期待値 row above 実績値 row, ↑/↓ 方向 cell, 速報値 in a cell, 施策の達成度 cell N3 with 前年度（Ｃ）',
  build(wb) {
    const ws = wb.addWorksheet(A1);
    put(ws, 1, 1, ['令和５年度　施策評価シート']);
    ws.mergeCells('A1:P1');
    put(ws, 2, 1, ['評価対象年度：令和５年度（2023年度）']);
    put(ws, 3, 1, ['基本目標', undefined, '2 にぎわいと交流のあるまち']);
    put(ws, 3, 11, ['施策の達成度']);
    ws.mergeCells('K3:M3');
    put(ws, 3, 15, ['前年度（Ｃ）']);
    put(ws, 4, 1, [
      '施策',
      undefined,
      '2-3 観光交流と安全安心なまちづくり',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '主管課',
      undefined,
      undefined,
      '観光商工課・防災安全課',
    ]);
    a1Blocks.forEach(([name, unit, dir, expect, actual, note], i) => {
      const r = 6 + Math.floor(i / 2) * 8;
      const c = 1 + (i % 2) * 8;
      put(ws, r, c, [`成果指標${'①②③④'[i]}`, name]);
      ws.mergeCells(r, c + 1, r, c + 7);
      put(ws, r + 1, c, ['単位', unit, '方向', dir]);
      put(ws, r + 2, c, ['区分', 'H30\n（基準値）', 'R元', 'R2', 'R3', 'R4', 'R5', 'R6\n（目標）']);
      wrap(ws, ws.getCell(r + 2, c + 1).address);
      wrap(ws, ws.getCell(r + 2, c + 7).address);
      put(ws, r + 3, c, ['期待値', '－', ...expect.slice(1)]);
      put(ws, r + 4, c, ['実績値', expect[0], ...actual]);
      put(ws, r + 5, c, ['備考', note || undefined]);
      ws.mergeCells(r + 5, c + 1, r + 5, c + 7);
    });
  },
  expected: {
    file: 'h19-a-tiled-blocks-expected-row.xlsx',
    fiscalYear: 2023,
    indicators: a1,
    groups: [{ sheet: A1, cell: 'N3', grade: rollUp(a1.map((i) => i.grade)) }],
  },
};

const A2 = ['基本施策1-2', '基本施策1-3'];
type YearRow = [number, number, number | undefined, string | undefined];
type Stacked = { name: string; unit: string; existing: string; rows: YearRow[] };
const a2Blocks: Stacked[][] = [
  [
    {
      name: '特定健康診査受診率',
      unit: '％',
      existing: 'B',
      rows: [
        [2021, 56, 47.2, 'C'],
        [2022, 58, 47.9, 'B'],
        [2023, 60, 48.5, 'B'],
        [2024, 62, undefined, undefined],
      ],
    },
    {
      name: 'がん検診受診者数',
      unit: '人',
      existing: 'A',
      rows: [
        [2021, 11000, 9120, 'B'],
        [2022, 11500, 9870, 'B'],
        [2023, 12000, 10150, 'A'],
        [2024, 12500, undefined, undefined],
      ],
    },
    {
      name: '健康教室参加者数',
      unit: '人',
      existing: 'A',
      rows: [
        [2021, 1300, 980, 'C'],
        [2022, 1400, 1410, 'A'],
        [2023, 1500, 1620, 'A'],
        [2024, 1600, undefined, undefined],
      ],
    },
  ],
  [
    {
      name: '認知症サポーター養成数（累計）',
      unit: '人',
      existing: 'B',
      rows: [
        [2021, 7000, 6810, 'B'],
        [2022, 7500, 7120, 'B'],
        [2023, 8000, 7450, 'B'],
        [2024, 8500, undefined, undefined],
      ],
    },
    {
      name: '介護予防教室参加者数',
      unit: '人',
      existing: 'C',
      rows: [
        [2021, 3000, 1320, 'D'],
        [2022, 3000, 1580, 'D'],
        [2023, 3000, 1710, 'C'],
        [2024, 3000, undefined, undefined],
      ],
    },
  ],
];
const a2 = a2Blocks.map((blocks, s) =>
  blocks.map((b) => {
    const [, target, actual] = b.rows[2];
    return ind(A2[s], b.name, b.unit, target, actual ?? null, { existing: b.existing });
  }),
);
const rate = (t: number, a: number | undefined) => (a === undefined ? undefined : `${((100 * a) / t).toFixed(1)}%`);

/** A: two 基本施策 sheets, blocks stacked down, years down as rows (2021年度…), unit in the headings, the department's 評価 per year. */
const stackedYearRows: Holdout2Workbook = {
  name: 'h19-a-stacked-year-rows',
  layout:
    "A: two 基本施策 sheets, indicator blocks stacked down, 2021年度…2024年度 as rows, unit only in headings 目標値（人）, 達成率 and the department's 評価 per year, 施策の総合評価 cell C3",
  build(wb) {
    A2.forEach((sheet, s) => {
      const ws = wb.addWorksheet(sheet);
      put(ws, 1, 1, [`基本施策評価表　${sheet.replace('基本施策', '')}　${s === 0 ? '健康づくりの推進' : '高齢者福祉の充実'}`]);
      put(ws, 2, 1, ['評価対象期間　2023年度（令和5年度）']);
      put(ws, 3, 1, ['施策の総合評価']);
      ws.mergeCells('A3:B3');
      put(ws, 3, 4, ['（前年度：B）']);
      put(ws, 4, 1, ['所管', undefined, s === 0 ? '健康づくり課' : '長寿福祉課']);
      let r = 6;
      for (const b of a2Blocks[s]) {
        put(ws, r, 1, ['指標', b.name]);
        ws.mergeCells(r, 2, r, 5);
        put(ws, r + 1, 1, ['年度', `目標値（${b.unit}）`, `実績値（${b.unit}）`, '達成率', '評価']);
        b.rows.forEach(([fy, t, a, g], k) => put(ws, r + 2 + k, 1, [`${fy}年度`, t, a, rate(t, a), g]));
        r += 2 + b.rows.length + 2;
      }
    });
  },
  expected: {
    file: 'h19-a-stacked-year-rows.xlsx',
    fiscalYear: 2023,
    indicators: a2.flat(),
    groups: A2.map((sheet, s) => ({ sheet, cell: 'C3', grade: rollUp(a2[s].map((i) => i.grade)) })),
  },
};

const A3 = '政策04';
const a3 = [
  ind(A3, '待機児童数', '人', 2, 3, { direction: 'down', existing: 'C' }),
  ind(A3, '子育て支援センター利用者数', '人', 12000, 11960, { existing: 'A' }),
  ind(A3, 'ファミリー・サポート・センター会員数', '人', 700, 702, { existing: 'A' }),
  ind(A3, '乳幼児健診受診率', '％', 98, 98.2, { existing: 'A' }),
];

/** A: a 施策 sheet with one row per indicator, FY headings split over two rows (実績値 / 目標値 merged above), text numbers with commas. */
const indicatorRows: Holdout2Workbook = {
  name: 'h19-a-indicator-rows-fy',
  layout:
    'A: 施策マネジメントシート, one row per 成果指標, two heading rows (実績値 merged over FY2021…FY2023, 目標値 over FY2023 / FY2025（最終）), spacer column, comma text, 達成度 letters, ↓ in 備考, 施策評価 cell I4',
  build(wb) {
    const ws = wb.addWorksheet(A3);
    put(ws, 1, 1, ['2024年度 施策マネジメントシート（2023年度実績）']);
    put(ws, 3, 1, ['政策', '04 安心して子どもを産み育てられるまち']);
    put(ws, 4, 1, ['施策', '04-2 子育て支援の充実', undefined, undefined, undefined, undefined, '施策評価']);
    put(ws, 6, 1, ['No.', '成果指標', '単位', '基準値', undefined, '実績値', undefined, undefined, '目標値', undefined, '達成度', '備考']);
    ws.mergeCells('F6:H6');
    ws.mergeCells('I6:J6');
    for (const col of ['A', 'B', 'C', 'K', 'L']) ws.mergeCells(`${col}6:${col}7`);
    put(ws, 7, 4, ['FY2020', undefined, 'FY2021', 'FY2022', 'FY2023', 'FY2023', 'FY2025（最終）']);
    const rows: (string | number | null)[][] = [
      [1, '待機児童数', '人', 14, null, 9, 5, 3, 2, 0, 'C', '↓ 少ないほど良い（4月1日現在）'],
      [2, '子育て支援センター利用者数', '人', '7,905', null, '8,420', '10,115', '11,960', '12,000', '13,000', 'A', ''],
      [3, 'ファミリー・サポート・センター会員数', '人', 598, null, 620, 655, 702, 700, 750, 'A', ''],
      [4, '乳幼児健診受診率', '％', 95.4, null, 96.1, 97.0, 98.2, 98, 98, 'A', '4か月児・1歳6か月児・3歳児の平均'],
    ];
    rows.forEach((row, i) =>
      put(
        ws,
        8 + i,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      ),
    );
    ws.getColumn(5).width = 2;
  },
  expected: {
    file: 'h19-a-indicator-rows-fy.xlsx',
    fiscalYear: 2023,
    indicators: a3,
    groups: [{ sheet: A3, cell: 'H4', grade: rollUp(a3.map((i) => i.grade)) }],
  },
};

export const POLICY_WORKBOOKS: Holdout2Workbook[] = [tiledBlocks, stackedYearRows, indicatorRows];
