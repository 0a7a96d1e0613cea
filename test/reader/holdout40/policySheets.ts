/**
 * Family A of the fortieth hold-out set: 施策評価シート as three more offices lay them out — two 施策 stacked on one
 * sheet each with its own 達成度 cell; years newest first with a survey year skipped; blocks tiled two across under
 * FY headings with ◎○△× written grades explained by a legend note and a discontinued indicator.
 */
import type { Worksheet } from 'exceljs';
import type { Holdout2Workbook } from '../holdout2/kit';
import { box, ind, merged, put, rollUp, ungraded, widths } from './sheetKit';

type Cell = string | number | undefined;

interface StackedBlock {
  no: number;
  name: string;
  unit: string;
  actuals: Cell[];
  expects: Cell[];
  note: string;
}

const STACKED_YEARS = ['R2（基準）', 'R3', 'R4', 'R5', 'R6', 'R7（目標）'];

/** One indicator block of the stacked sheet: name and unit, years, 実績値, 期待値, 備考 (five rows). */
function stackedBlock(ws: Worksheet, top: number, b: StackedBlock): void {
  put(ws, top, 1, [`成果指標${b.no}`]);
  merged(ws, top, 2, b.name, 5);
  put(ws, top, 7, ['単位', b.unit]);
  put(ws, top + 1, 1, ['区分', ...STACKED_YEARS]);
  put(ws, top + 2, 1, ['実績値', ...b.actuals]);
  put(ws, top + 3, 1, ['期待値', ...b.expects]);
  put(ws, top + 4, 1, ['備考']);
  merged(ws, top + 4, 2, b.note, 7);
  box(ws, top, 1, top + 4, 8);
}

function policyHeading(ws: Worksheet, row: number, title: string, aim: string, lastYear: string): void {
  merged(ws, row, 1, title, 8);
  put(ws, row, 10, ['施策の達成度', undefined, `（前年度：${lastYear}）`]);
  box(ws, row, 10, row, 11);
  put(ws, row + 1, 1, ['施策の目的']);
  merged(ws, row + 1, 2, aim, 11);
}

const S1 = '2-3';
const P1_BLOCKS: StackedBlock[] = [
  {
    no: 1,
    name: '交通事故発生件数（人身事故）',
    unit: '件',
    actuals: [312, 298, 287, 301],
    expects: [undefined, 300, 290, 280, 270, 260],
    note: '※件数が少ないほど良い指標です。',
  },
  {
    no: 2,
    name: '交通安全教室参加者数',
    unit: '人',
    actuals: [5120, 5480, 5830, '4,512'],
    expects: [undefined, 5500, 5750, 6000, 6250, 6500],
    note: 'R5は感染症対策のため小学校２校で教室を中止した。',
  },
];
const P2_BLOCKS: StackedBlock[] = [
  {
    no: 1,
    name: '防犯灯のLED化率',
    unit: '％',
    actuals: [62.5, 70.1, 78.4, '86.2 ※1'],
    expects: [undefined, 70, 78, 85, 92, 100],
    note: '※1 令和6年3月末時点の値',
  },
  { no: 2, name: '消費生活相談の解決率', unit: '％', actuals: [93.0, 94.2, 95.1, 96.0], expects: [undefined, 95, 95, 95, 95, 95], note: '' },
  {
    no: 3,
    name: '特殊詐欺被害件数',
    unit: '件',
    actuals: [9, 12, 8, 11],
    expects: [undefined, 10, 10, 10, 10, 10],
    note: '※少ないほど良い指標（被害の減少を目指す）',
  },
];

function buildTwoStacked(ws: Worksheet): void {
  widths(ws, [12, 10, 10, 10, 10, 10, 12, 8, 3, 14, 8, 16]);
  merged(ws, 1, 1, '令和６年度　施策評価シート（令和５年度実績）', 12);
  put(ws, 3, 1, ['政策']);
  merged(ws, 3, 2, '２　安心して暮らせるまちづくり', 7);
  put(ws, 4, 1, ['担当課']);
  merged(ws, 4, 2, 'くらし安全課・道路管理課', 7);
  policyHeading(ws, 6, '施策 2-3-1　交通安全対策の推進', '交通事故のない安全なまちを目指し、交通安全意識の向上と通行環境の整備を進める。', 'B');
  P1_BLOCKS.forEach((b, i) => stackedBlock(ws, 9 + 6 * i, b));
  policyHeading(ws, 22, '施策 2-3-2　防犯・消費者被害の防止', '地域ぐるみの防犯活動と消費生活相談の充実により、犯罪や消費者被害を防ぐ。', 'A');
  P2_BLOCKS.forEach((b, i) => stackedBlock(ws, 25 + 6 * i, b));
}

const g1 = [ind(S1, '交通事故発生件数（人身事故）', '件', 280, 301, { direction: 'down' }), ind(S1, '交通安全教室参加者数', '人', 6000, 4512)];
const g2 = [
  ind(S1, '防犯灯のLED化率', '％', 85, 86.2),
  ind(S1, '消費生活相談の解決率', '％', 95, 96.0),
  ind(S1, '特殊詐欺被害件数', '件', 10, 11, { direction: 'down' }),
];

const TWO_STACKED: Holdout2Workbook = {
  name: 'h40-01-two-policies-stacked',
  layout:
    'A: two 施策 one under the other on one sheet, each with its own 施策の達成度 cell (last year in brackets beside), blocks 実績値/期待値 over R2（基準）…R7（目標）',
  build: (wb) => buildTwoStacked(wb.addWorksheet(S1)),
  expected: {
    file: 'h40-01-two-policies-stacked.xlsx',
    fiscalYear: 2023,
    indicators: [...g1, ...g2],
    groups: [
      { sheet: S1, cell: 'K6', grade: rollUp(g1.map((i) => i.grade)) },
      { sheet: S1, cell: 'K22', grade: rollUp(g2.map((i) => i.grade)) },
    ],
  },
};

interface ReversedBlock {
  name: string;
  unit: string;
  years: string[];
  targets: Cell[];
  actuals: Cell[];
  last: [string, string];
}

/** A block with its years newest first: name and unit, 年度, 目標値, 実績値, a last labelled line. */
function reversedBlock(ws: Worksheet, top: number, n: number, b: ReversedBlock): void {
  put(ws, top, 1, [`指標${n}`]);
  merged(ws, top, 2, b.name, 5);
  put(ws, top, 7, ['単位', b.unit]);
  put(ws, top + 1, 1, ['年度', ...b.years]);
  put(ws, top + 2, 1, ['目標値', ...b.targets]);
  put(ws, top + 3, 1, ['実績値', ...b.actuals]);
  put(ws, top + 4, 1, [b.last[0]]);
  merged(ws, top + 4, 2, b.last[1], 7);
  box(ws, top, 1, top + 4, 8);
}

const S2 = '基本施策5-2';
const REVERSED: ReversedBlock[] = [
  {
    name: '観光入込客数',
    unit: '千人',
    years: ['R7（目標）', 'R6', 'R5', 'R4', 'R3', 'R2（基準値）'],
    targets: [1500, 1400, 1300, 1200, 1100],
    actuals: [undefined, undefined, '１，１８０', '1,150', 1020, 980],
    last: ['備考', '観光動態調査による延べ人数'],
  },
  {
    name: '「地元の商店を利用している」と答えた市民の割合',
    unit: '％',
    years: ['R7（目標）', 'R5', 'R3', 'R元（基準値）'],
    targets: [60, 55, 50],
    actuals: [undefined, 43.5, 46.3, 45.1],
    last: ['備考', '※市民意識調査は隔年実施（奇数年度）'],
  },
  {
    name: '企業立地件数',
    unit: '件',
    years: ['R7（目標）', 'R6', 'R5', 'R4', 'R3'],
    targets: [15, 14, 12, 10, 8],
    actuals: [undefined, undefined, 13, 10, 7],
    last: ['備考', '平成30年度からの累計'],
  },
  {
    name: '中心市街地の空き店舗数',
    unit: '店舗',
    years: ['R7（目標）', 'R6', 'R5', 'R4', 'R3', 'R2（基準値）'],
    targets: [18, 20, 25, 28, 30],
    actuals: [undefined, undefined, 22, 27, 31, 33],
    last: ['目指す方向', '減少'],
  },
];

function buildReversed(ws: Worksheet): void {
  widths(ws, [12, 12, 10, 10, 10, 10, 12, 10, 8]);
  merged(ws, 1, 1, '基本施策評価シート', 9);
  put(ws, 2, 1, ['評価対象年度：2023年度（令和5年度）']);
  put(ws, 4, 1, ['基本施策']);
  merged(ws, 4, 2, '5-2　地域産業の振興', 4);
  merged(ws, 4, 7, '施策の総合評価', 2);
  put(ws, 5, 1, ['担当部', '産業観光部']);
  merged(ws, 5, 7, '前年度評価', 2);
  put(ws, 5, 9, ['B']);
  box(ws, 4, 7, 5, 9);
  put(ws, 6, 1, ['※評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
  REVERSED.forEach((b, i) => reversedBlock(ws, 8 + 6 * i, i + 1, b));
}

const g3 = [
  ind(S2, '観光入込客数', '千人', 1300, 1180),
  ind(S2, '「地元の商店を利用している」と答えた市民の割合', '％', 55, 43.5),
  ind(S2, '企業立地件数', '件', 12, 13),
  ind(S2, '中心市街地の空き店舗数', '店舗', 25, 22, { direction: 'down' }),
];

const REVERSED_YEARS: Holdout2Workbook = {
  name: 'h40-02-years-newest-first',
  layout:
    'A: blocks whose year columns run newest first (R7（目標） | R6 | R5 …), a survey block with only odd years, 目指す方向 減少 line, last year grade under the rating',
  build: (wb) => buildReversed(wb.addWorksheet(S2)),
  expected: {
    file: 'h40-02-years-newest-first.xlsx',
    fiscalYear: 2023,
    indicators: g3,
    groups: [{ sheet: S2, cell: 'I4', grade: rollUp(g3.map((i) => i.grade)) }],
  },
};

interface MarkBlock {
  name: string;
  unit: string;
  targets: Cell[];
  actuals: Cell[];
  marks: Cell[];
  note: string;
}

const FY = ['FY2021', 'FY2022', 'FY2023', 'FY2024', 'FY2025（目標）'];

/** A tiled block at (top, left): No., name; 単位 line with the FY headings; 目標, 実績, 評価 (marks), 備考. */
function markBlock(ws: Worksheet, top: number, left: number, n: number, b: MarkBlock): void {
  put(ws, top, left, [`No.${n}`]);
  merged(ws, top, left + 1, b.name, 5);
  put(ws, top + 1, left, [`単位：${b.unit}`, ...FY]);
  put(ws, top + 2, left, ['目標', ...b.targets]);
  put(ws, top + 3, left, ['実績', ...b.actuals]);
  put(ws, top + 4, left, ['評価', ...b.marks]);
  put(ws, top + 5, left, ['備考']);
  merged(ws, top + 5, left + 1, b.note, 5);
  box(ws, top, left, top + 5, left + 5);
}

const S3 = '3-1';
const MARK_BLOCKS: MarkBlock[] = [
  { name: '待機児童数', unit: '人', targets: [10, 8, 5, 3, 0], actuals: [12, 9, 8], marks: ['○', '○', '△'], note: '減少を目指す指標' },
  {
    name: '地域子育て支援センター利用者数',
    unit: '人',
    targets: [16000, 17000, 18000, 19000, 20000],
    actuals: ['15,210', '16,480', '16,920'],
    marks: ['○', '○', '◎'],
    note: '',
  },
  { name: '乳幼児健康診査受診率', unit: '％', targets: [96, 96.5, 97, 97.5, 98], actuals: [95.8, 97.1, 97.8], marks: ['○', '◎', '◎'], note: '' },
  {
    name: 'ファミリー・サポート・センター会員数',
    unit: '人',
    targets: [420, 435, 450, 465, 480],
    actuals: [398, 405, 412],
    marks: ['○', '○', '－'],
    note: '事業再編のため令和５年度は評価対象外（本指標は廃止）',
  },
];

function buildMarks(ws: Worksheet): void {
  widths(ws, [10, 9, 9, 9, 9, 12, 3, 10, 9, 9, 9, 9, 12]);
  put(ws, 1, 1, ['施策評価表']);
  put(ws, 2, 1, ['評価対象年度：令和５年度']);
  put(ws, 3, 1, ['施策']);
  merged(ws, 3, 2, '3-1 子育て支援の充実', 4);
  put(ws, 3, 8, ['施策の達成度']);
  box(ws, 3, 8, 3, 9);
  put(ws, 4, 1, ['所管', 'こども家庭課']);
  MARK_BLOCKS.forEach((b, i) => markBlock(ws, 6 + 7 * Math.floor(i / 2), i % 2 ? 8 : 1, i + 1, b));
  put(ws, 20, 1, ['※評価欄の記号　◎：順調（A）　○：概ね順調（B）　△：やや遅れている（C）　×：遅れている（D）']);
}

const g4 = [
  ind(S3, '待機児童数', '人', 5, 8, { direction: 'down', existing: 'C' }),
  ind(S3, '地域子育て支援センター利用者数', '人', 18000, 16920, { existing: 'A' }),
  ind(S3, '乳幼児健康診査受診率', '％', 97, 97.8, { existing: 'A' }),
  ungraded(ind(S3, 'ファミリー・サポート・センター会員数', '人', 450, 412)),
];

const MARKS_TILED: Holdout2Workbook = {
  name: 'h40-03-marks-tiled-fy',
  layout:
    'A: blocks tiled two across under FY2021…FY2025（目標）, 単位：人 in the label cell, ◎○△× per year explained by a legend note, one indicator 廃止 (評価対象外)',
  build: (wb) => buildMarks(wb.addWorksheet(S3)),
  expected: {
    file: 'h40-03-marks-tiled-fy.xlsx',
    fiscalYear: 2023,
    indicators: g4,
    groups: [{ sheet: S3, cell: 'I3', grade: rollUp(g4.map((i) => i.grade)) }],
  },
};

export const POLICY_WORKBOOKS: Holdout2Workbook[] = [TWO_STACKED, REVERSED_YEARS, MARKS_TILED];
