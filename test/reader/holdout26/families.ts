/**
 * Hold-out 26, families A and B as other offices lay them out: policy sheets with indicator blocks
 * (tiled three across, stacked down over two sheets, two across with full-width era headings and a
 * hidden old-year column) and project tables with targets and actuals written as text.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

/** One policy-sheet indicator block: name, unit, direction words, yearly actuals and expectations. */
interface Block {
  name: string;
  unit: string;
  dir: string;
  actual: (string | number | null)[];
  expect: (string | number | null)[];
}

/** A block of rows: 指標, 単位, 方向, 年度 (R3…R7), 実績値, 期待値, from (row, col). */
function tiledBlock(ws: Worksheet, row: number, col: number, no: string, b: Block): void {
  put(ws, row, col, [`指標${no}`, b.name]);
  ws.mergeCells(row, col + 1, row, col + 5);
  put(ws, row + 1, col, ['単位', b.unit]);
  put(ws, row + 2, col, ['方向', b.dir]);
  put(ws, row + 3, col, ['年度', 'R3', 'R4', 'R5', 'R6', 'R7（目標）']);
  put(ws, row + 4, col, ['実績値', ...b.actual]);
  put(ws, row + 5, col, ['期待値', ...b.expect]);
}

const TILED: Block[] = [
  { name: '保育所等待機児童数', unit: '人', dir: '↓（少ない方が良い）', actual: [12, 8, 4, null, null], expect: [10, 7, 5, 3, 0] },
  {
    name: '子育て支援センター利用者数',
    unit: '人',
    dir: '↑（多い方が良い）',
    actual: [18200, 20100, 21500, null, null],
    expect: [20000, 22000, 24000, 25000, 26000],
  },
  {
    name: 'ファミリー・サポート・センター会員数',
    unit: '人',
    dir: '↑（多い方が良い）',
    actual: [540, 571, 598, null, null],
    expect: [600, 620, 650, 680, 700],
  },
  { name: '放課後児童クラブ登録児童数', unit: '人', dir: '↑（多い方が良い）', actual: [760, 790, 800, null, null], expect: [1000, 1100, 1200, 1250, 1300] },
];

const S1 = '施策2-3';
const tiledGrades = [
  ind(S1, TILED[0].name, '人', 5, 4, { direction: 'down' }),
  ind(S1, TILED[1].name, '人', 24000, 21500),
  ind(S1, TILED[2].name, '人', 650, 598),
  ind(S1, TILED[3].name, '人', 1200, 800),
];

const tiledThreeAcross: Holdout2Workbook = {
  name: 'h26-policy-tiled-three-across',
  layout: 'A: policy sheet, indicator blocks tiled three across then a fourth below, 方向 row with arrows, rating cell beside last year’s grade',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['令和５年度 施策評価シート（評価対象年度：令和５年度）']);
    put(ws, 2, 1, ['基本施策', '2-3 子育て支援の充実', undefined, undefined, undefined, undefined, '担当', 'こども家庭課']);
    put(ws, 3, 7, ['施策の評価', undefined, '前年度評価（B）']);
    TILED.slice(0, 3).forEach((b, i) => tiledBlock(ws, 5, 1 + i * 7, ['①', '②', '③'][i], b));
    tiledBlock(ws, 12, 1, '④', TILED[3]);
    put(ws, 19, 1, ['備考：期待値のR7欄は計画の最終目標値。']);
  },
  expected: {
    file: 'h26-policy-tiled-three-across.xlsx',
    fiscalYear: 2023,
    indicators: tiledGrades,
    groups: [{ sheet: S1, cell: 'H3', grade: rollUp(tiledGrades.map((g) => g.grade)) }],
  },
};

/** A stacked block: 成果指標n, 単位, 指標の方向, then 区分 / years / 最終目標 and rows 目標値, 実績値, 達成率. */
function stackedBlock(ws: Worksheet, row: number, no: number, b: Block): number {
  put(ws, row, 1, [`成果指標${no}`, b.name]);
  ws.mergeCells(row, 2, row, 6);
  put(ws, row + 1, 1, ['単位', b.unit, '指標の方向', b.dir]);
  put(ws, row + 2, 1, ['区分', '2021年度', '2022年度', '2023年度', '2024年度', '最終目標（2026年度）']);
  put(ws, row + 3, 1, ['目標値', ...b.expect]);
  put(ws, row + 4, 1, ['実績値', ...b.actual]);
  const rates = b.actual
    .slice(0, 3)
    .map((a, i) => (typeof a === 'number' && typeof b.expect[i] === 'number' ? `${Math.round((1000 * a) / Number(b.expect[i])) / 10}%` : '－'));
  put(ws, row + 5, 1, ['達成率', ...rates]);
  return row + 7;
}

const POLICY1: Block[] = [
  { name: '観光入込客数', unit: '千人', dir: '増加', actual: [1120, 1290, 1380, null], expect: [1300, 1400, 1500, 1550, 1600] },
  { name: '市内宿泊者数', unit: '人', dir: '増加', actual: [251000, 298400, 335210, null], expect: [280000, 300000, 320000, 330000, 350000] },
  { name: '観光案内所利用者数', unit: '人', dir: '増加', actual: [12800, 14100, '15,200（見込み）', null], expect: [16000, 17000, 18000, 18500, 19000] },
];
const POLICY2: Block[] = [
  { name: '新規就農者数', unit: '人', dir: '増加', actual: [9, 8, 7, null], expect: [10, 11, 12, 12, 12] },
  { name: '耕作放棄地面積', unit: 'ha', dir: '減少', actual: [98, 95, 92, null], expect: [95, 90, 85, 80, 75] },
];
const p1 = [
  ind('政策1', POLICY1[0].name, '千人', 1500, 1380),
  ind('政策1', POLICY1[1].name, '人', 320000, 335210),
  ind('政策1', POLICY1[2].name, '人', 18000, 15200, { actualStatus: 'provisional' }),
];
const p2 = [ind('政策2', POLICY2[0].name, '人', 12, 7), ind('政策2', POLICY2[1].name, 'ha', 85, 92, { direction: 'down' })];

const stackedTwoSheets: Holdout2Workbook = {
  name: 'h26-policy-stacked-two-sheets',
  layout: 'A: two policy sheets, blocks stacked down with 2021年度… headings, 目標値 per year, 達成率 rows, 最終目標 column, year only in a 評価設定 sheet',
  build(wb) {
    const settings = wb.addWorksheet('評価設定');
    put(settings, 1, 1, ['項目', '設定値']);
    put(settings, 2, 1, ['評価対象年度', '2023年度']);
    put(settings, 3, 1, ['作成課', '産業振興部 企画調整係']);
    for (const [sheetName, title, blocks] of [
      ['政策1', '政策1 観光・交流の推進', POLICY1],
      ['政策2', '政策2 農業の振興', POLICY2],
    ] as const) {
      const ws = wb.addWorksheet(sheetName);
      put(ws, 1, 1, [title]);
      put(ws, 2, 3, ['総合評価']);
      let row = 4;
      blocks.forEach((b, i) => (row = stackedBlock(ws, row, i + 1, b)));
      put(ws, row, 1, ['※達成率＝実績値÷目標値（耕作放棄地面積は目標値÷実績値）']);
    }
  },
  expected: {
    file: 'h26-policy-stacked-two-sheets.xlsx',
    fiscalYear: 2023,
    indicators: [...p1, ...p2],
    groups: [
      { sheet: '政策1', cell: 'D2', grade: rollUp(p1.map((g) => g.grade)) },
      { sheet: '政策2', cell: 'D2', grade: rollUp(p2.map((g) => g.grade)) },
    ],
  },
};

const S3 = '健康づくり';
const HEALTH: Block[] = [
  { name: '特定健康診査受診率', unit: '％', dir: '', actual: ['３９．８', '４０．５', '４１．３'], expect: ['４３．０', '４４．０', '４５．０'] },
  { name: 'がん検診受診率（胃がん）', unit: '％', dir: '', actual: ['３５．１', '３６．９', '３８．２'], expect: ['４０．０', '４５．０', '－'] },
  { name: '健康ポイント事業参加者数', unit: '人', dir: '', actual: ['2,410', '2,985', '3,412'], expect: ['2,000', '2,500', '3,000'] },
  { name: '自殺者数', unit: '人', dir: '少ないほど良い', actual: ['１４', '１１', '１２'], expect: ['１２', '１１', '１０'] },
];
const health = [
  ind(S3, HEALTH[0].name, '％', 45, 41.3),
  { ...ind(S3, HEALTH[1].name, '％', 50, 38.2), targetSource: 'final' },
  ind(S3, HEALTH[2].name, '人', 3000, 3412),
  ind(S3, HEALTH[3].name, '人', 10, 12, { direction: 'down' }),
] as ExpectedIndicator[];

/** Two-row merged heading: 年度 over Ｒ３ Ｒ４ Ｒ５ Ｒ６, 目標値（Ｒ７） to the right; Ｒ３ column hidden. */
function fullwidthBlock(ws: Worksheet, row: number, col: number, b: Block, target: number, r3: [string, string]): void {
  put(ws, row, col, ['指標名', b.name]);
  ws.mergeCells(row, col + 1, row, col + 5);
  put(ws, row + 1, col, ['単位', b.unit, '備考', b.dir || undefined]);
  put(ws, row + 2, col, ['区分', '年度', undefined, undefined, undefined, '目標値（Ｒ７）']);
  ws.mergeCells(row + 2, col + 1, row + 2, col + 4);
  ws.mergeCells(row + 2, col + 5, row + 3, col + 5);
  ws.mergeCells(row + 2, col, row + 3, col);
  put(ws, row + 3, col + 1, ['Ｒ３', 'Ｒ４', 'Ｒ５', 'Ｒ６']);
  put(ws, row + 4, col, ['実績値', r3[0], ...b.actual]);
  put(ws, row + 5, col, ['計画値', r3[1], ...b.expect, target]);
  ws.getColumn(col + 1).hidden = true;
}

const fullwidthTwoAcross: Holdout2Workbook = {
  name: 'h26-policy-fullwidth-two-across',
  layout:
    'A: blocks two across with merged two-row 年度 headings in full-width Ｒ３…Ｒ６ (Ｒ３ hidden), 実績値 / 計画値 rows, 目標値（Ｒ７）, 令和６年度 in the title',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 1, ['施策評価シート　評価対象期間：令和６年度']);
    put(ws, 2, 1, ['施策名', '3-1 健康寿命の延伸', undefined, undefined, undefined, undefined, undefined, '施策の達成状況']);
    // The blocks' three stored years are R4–R6; R3 is the hidden column.
    const targets = [45, 50, 3000, 10];
    const r3: [string, string][] = [
      ['３８．２', '４２．０'],
      ['３４．０', '３８．０'],
      ['1,980', '1,500'],
      ['１６', '１３'],
    ];
    HEALTH.forEach((b, i) => fullwidthBlock(ws, 4 + Math.floor(i / 2) * 8, 1 + (i % 2) * 8, b, targets[i], r3[i]));
    put(ws, 21, 1, ['※計画値が「－」の年度は、目標値（Ｒ７）により評価する。']);
  },
  expected: {
    file: 'h26-policy-fullwidth-two-across.xlsx',
    fiscalYear: 2024,
    indicators: health,
    groups: [{ sheet: S3, cell: 'I2', grade: rollUp(health.map((g) => g.grade)) }],
  },
};

const B1 = '主要事業';
const textRows: (string | null)[][] = [
  ['1', '空き家バンク登録推進事業', '28件', '30件', '24件', 'B', ''],
  ['2', '移住相談会開催事業', '10回', '12回', '12回', 'A', '東京・大阪で開催'],
  ['3', '地域おこし協力隊受入事業', '4人', '8人', '5人', 'B', ''],
  ['4', 'お試し住宅運営事業', '980人', '1,200人', '約1,050人', 'B', '利用者数'],
  ['5', '移住体験ツアー事業', '2回', '4回', '未実施', 'D', '催行人員に達せず中止'],
  ['6', 'UIJターン就職奨励金', '15件', '20件', '集計中', null, '５月末確定予定'],
  ['7', '高齢移住者見守り事業', '相談:110件 訪問:50件', '相談:120件 訪問:60件', '相談:131件 訪問:42件', 'B', ''],
];
const textFacts: ExpectedIndicator[] = [
  ind(B1, '空き家バンク登録推進事業', '件', 30, 24, { existing: 'B' }),
  ind(B1, '移住相談会開催事業', '回', 12, 12, { existing: 'A' }),
  ind(B1, '地域おこし協力隊受入事業', '人', 8, 5, { existing: 'B' }),
  ind(B1, 'お試し住宅運営事業', '人', 1200, 1050, { existing: 'B', actualStatus: 'approximate' }),
  ind(B1, '移住体験ツアー事業', '回', 4, null, { existing: 'D', actualStatus: 'not-implemented' }),
  ind(B1, 'UIJターン就職奨励金', '件', 20, null, { actualStatus: 'pending' }),
  {
    sheet: B1,
    name: '高齢移住者見守り事業',
    measures: [
      { label: '相談', target: 120, actual: 131, unit: '件' },
      { label: '訪問', target: 60, actual: 42, unit: '件' },
    ],
    direction: 'up',
    existing: 'B',
    grade: 'C',
  },
];

const projectText: Holdout2Workbook = {
  name: 'h26-project-text-values',
  layout: 'B: project table, last year’s 実績 column first, 目標/実績 as text (件, 約, 未実施, 集計中, two measures in a cell), 自己評価 and 備考',
  build(wb) {
    const ws = wb.addWorksheet(B1);
    put(ws, 1, 1, ['令和５年度 移住定住推進事業 実績一覧']);
    put(ws, 2, 6, ['担当：地域振興課']);
    put(ws, 4, 1, ['No.', '事業名', '令和4年度実績', '令和5年度目標', '令和5年度実績', '自己評価', '備考']);
    textRows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 13, 1, ['※自己評価　A：目標達成　B：概ね達成　C：やや遅れ　D：遅れ']);
  },
  expected: { file: 'h26-project-text-values.xlsx', fiscalYear: 2023, indicators: textFacts, groups: [] },
};

const B2 = '事業一覧(R6)';
const unitRows: [string, string, string, string, string, string, string][] = [
  ['図書館貸出冊数', '冊', '410,000', '402,311', '420,000', '398,500', 'B'],
  ['公民館講座受講者数', '人', '5,400', '5,512', '5,600', '6,020', 'A'],
  ['文化財公開日数', '日', '40', '38', '40', '22', 'C'],
  ['スポーツ教室参加者数', '人', '2,300', '2,105', '2,400', '1,800', 'C'],
];

const projectUnitColumn: Holdout2Workbook = {
  name: 'h26-project-merged-years-unit-column',
  layout: 'B: two-row merged headings 令和5年度 / 令和6年度 over 目標・実績 (last year left), 単位 column, comma text numbers, 合計 row, a 記入要領 sheet',
  build(wb) {
    const guide = wb.addWorksheet('記入要領');
    put(guide, 1, 1, ['記入要領']);
    put(guide, 2, 1, ['目標・実績は各年度の数値を記入すること。評価欄はA～Dで記入。']);
    const ws = wb.addWorksheet(B2);
    put(ws, 1, 1, ['令和６年度 生涯学習課 事務事業実績報告']);
    put(ws, 3, 1, ['事業・指標', '単位', '令和5年度', undefined, '令和6年度', undefined, '評価']);
    put(ws, 4, 3, ['目標', '実績', '目標', '実績']);
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:B4');
    ws.mergeCells('C3:D3');
    ws.mergeCells('E3:F3');
    ws.mergeCells('G3:G4');
    unitRows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 9, 1, ['合計（参加者・受講者）', '人', '7,700', '7,617', '8,000', '7,820']);
  },
  expected: {
    file: 'h26-project-merged-years-unit-column.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(B2, '図書館貸出冊数', '冊', 420000, 398500, { existing: 'B' }),
      ind(B2, '公民館講座受講者数', '人', 5600, 6020, { existing: 'A' }),
      ind(B2, '文化財公開日数', '日', 40, 22, { existing: 'C' }),
      ind(B2, 'スポーツ教室参加者数', '人', 2400, 1800, { existing: 'C' }),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [tiledThreeAcross, stackedTwoSheets, fullwidthTwoAcross, projectText, projectUnitColumn];
