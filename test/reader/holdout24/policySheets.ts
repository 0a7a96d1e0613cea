/**
 * Family A of the twenty-fourth hold-out set: 施策評価シート with indicator blocks, as three more offices lay them out
 * (blocks tiled three across under Western years, blocks stacked under 令和 years on two policy sheets, and blocks of
 * years running down the rows with a 達成率 column). Each sheet has a policy rating cell, graded by the roll-up.
 */
import type { Worksheet } from 'exceljs';
import type { Holdout2Workbook } from '../holdout2/kit';
import type { Direction, ExpectedIndicator } from '../model';
import { ind, merged, put, rollUp } from './kit24';

type Cell = string | number | undefined;

/** One block of the tiled sheet: six year columns, 2020年度 (基準値) to 2025年度 (目標). */
interface TiledBlock {
  no: string;
  name?: string;
  unit?: string;
  about?: string;
  targets: Cell[];
  actuals: Cell[];
  note?: string;
}

const TILED_YEARS = ['2020年度\n（基準値）', '2021年度', '2022年度', '2023年度', '2024年度', '2025年度\n（目標）'];

function tiledBlock(ws: Worksheet, row: number, col: number, b: TiledBlock): void {
  put(ws, row, col, [`成果指標${b.no}`]);
  merged(ws, row, col + 1, b.name ?? '', 1, 6);
  put(ws, row + 1, col, ['単位', b.unit, '説明']);
  merged(ws, row + 1, col + 3, b.about ?? '', 1, 4);
  put(ws, row + 2, col, ['年度', ...TILED_YEARS]);
  put(ws, row + 3, col, ['目標値', ...b.targets]);
  put(ws, row + 4, col, ['実績値', ...b.actuals]);
  put(ws, row + 5, col, ['備考']);
  merged(ws, row + 5, col + 1, b.note ?? '', 1, 6);
}

const TILED: TiledBlock[] = [
  {
    no: '１',
    name: '特定健康診査受診率',
    unit: '％',
    about: '国民健康保険加入者のうち特定健診を受診した人の割合',
    targets: [undefined, 45, 48, 50, 52, 55],
    actuals: [41.2, 42.0, 44.8, 46.3],
  },
  {
    no: '２',
    name: 'がん検診受診者数',
    unit: '人',
    about: '胃・肺・大腸・子宮・乳がん検診の延べ受診者数',
    targets: [undefined, 10500, 11000, 12000, 12500, 13000],
    actuals: [9820, 9950, 10210, '１０，４６０'],
  },
  {
    no: '３',
    name: 'かかりつけ医を持つ市民の割合',
    unit: '％',
    about: '市民意識調査で「かかりつけ医がいる」と答えた人の割合',
    targets: [undefined, 65, 67, 70, 72, 75],
    actuals: [63.5, 64.1, 68.9, 71.5],
  },
  {
    no: '４',
    name: '救急搬送の平均所要時間',
    unit: '分',
    about: '119番通報から医療機関に収容するまでの平均時間',
    targets: [undefined, 42.0, 41.0, 40.0, 39.0, 38.0],
    actuals: [43.8, 44.1, 43.0, 42.5],
    note: '短縮を目指す指標（数値が小さいほど良い）',
  },
  {
    no: '５',
    name: '健康づくり講座参加者数',
    unit: '人',
    about: '市が開催する健康づくり講座・教室の延べ参加者数',
    targets: [undefined, 1200, 1300, 1500, 1600, 1700],
    actuals: [1120, 1050, 1380, '1,620（見込み）'],
    note: '令和5年度は3月末の集計前のため見込み値',
  },
  { no: '６', targets: [], actuals: [] },
];

const A1_SHEET = '施策3-2';
const a1Indicators: ExpectedIndicator[] = [
  ind(A1_SHEET, '特定健康診査受診率', '%', 50, 46.3),
  ind(A1_SHEET, 'がん検診受診者数', '人', 12000, 10460),
  ind(A1_SHEET, 'かかりつけ医を持つ市民の割合', '%', 70, 71.5),
  ind(A1_SHEET, '救急搬送の平均所要時間', '分', 40, 42.5, { direction: 'down' }),
  ind(A1_SHEET, '健康づくり講座参加者数', '人', 1500, 1620, { actualStatus: 'provisional' }),
];

const tiledThreeAcross: Holdout2Workbook = {
  name: 'h24-policy-tiled-three-across',
  layout:
    "施策評価シート: six blocks tiled three across (the last an empty template), 2020年度…2025年度 over 目標値 / 実績値 rows, 令和 period in a label row, rating cell 施策の達成度 with last year's （Ｃ）",
  build(wb) {
    const ws = wb.addWorksheet(A1_SHEET);
    merged(ws, 1, 1, '令和６年度　行政評価　施策評価シート', 1, 24);
    merged(ws, 2, 1, '評価対象期間', 1, 2);
    merged(ws, 2, 3, '令和５年度（2023年度）', 1, 4);
    const head: [string, string][] = [
      ['政策', '３　健やかに暮らせるまち'],
      ['施策', '３－２　地域医療と健康づくりの推進'],
      ['主管課', '健康福祉部　健康づくり課'],
    ];
    head.forEach(([label, value], i) => {
      merged(ws, 3 + i, 1, label, 1, 2);
      merged(ws, 3 + i, 3, value, 1, 10);
    });
    merged(ws, 3, 18, '施策の達成度', 1, 3);
    put(ws, 3, 22, ['前年度', '（Ｃ）']);
    merged(ws, 4, 18, '凡例', 1, 3);
    merged(ws, 4, 21, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている', 1, 4);
    TILED.forEach((b, i) => tiledBlock(ws, 8 + Math.floor(i / 3) * 8, 1 + (i % 3) * 8, b));
  },
  expected: {
    file: 'h24-policy-tiled-three-across.xlsx',
    fiscalYear: 2023,
    indicators: a1Indicators,
    groups: [{ sheet: A1_SHEET, cell: 'U3', grade: rollUp(a1Indicators.map((i) => i.grade)) }],
  },
};

/** One stacked block: 令和元年度 (基準値) to 令和7年度, a 実績値 row and a 期待値 row (R7 the 目標値). */
interface StackedBlock {
  name: string;
  unit: string;
  way: '増加' | '減少';
  actuals: Cell[];
  expected: Cell[];
}

const STACKED_YEARS = ['令和元年度\n（基準値）', '令和２年度', '令和３年度', '令和４年度', '令和５年度', '令和６年度', '令和７年度'];

function stackedBlock(ws: Worksheet, row: number, b: StackedBlock): void {
  put(ws, row, 1, ['指標名']);
  merged(ws, row, 2, b.name, 1, 4);
  put(ws, row, 6, ['単位', b.unit, 'めざす方向', b.way]);
  put(ws, row + 1, 1, ['区分', ...STACKED_YEARS]);
  put(ws, row + 2, 1, ['実績値', ...b.actuals]);
  put(ws, row + 3, 1, ['期待値\n（R7は目標値）', undefined, ...b.expected]);
}

interface StackedPolicy {
  sheet: string;
  goal: string;
  policy: string;
  dept: string;
  lastYear: string;
  blocks: StackedBlock[];
}

function stackedSheet(ws: Worksheet, p: StackedPolicy): void {
  merged(ws, 1, 1, '令和６年度　施策評価シート（令和５年度実績）', 1, 10);
  const head: [string, string][] = [
    ['基本目標', p.goal],
    ['施策', p.policy],
    ['所管部', p.dept],
  ];
  head.forEach(([label, value], i) => {
    put(ws, 3 + i, 1, [label]);
    merged(ws, 3 + i, 2, value, 1, 5);
  });
  merged(ws, 3, 8, '施策の達成状況', 1, 3);
  merged(ws, 4, 8, '', 2, 3);
  merged(ws, 6, 8, `前年度評価：${p.lastYear}`, 1, 3);
  p.blocks.forEach((b, i) => stackedBlock(ws, 8 + i * 5, b));
}

const childcare: StackedPolicy = {
  sheet: '施策1-1',
  goal: '１　子どもを安心して産み育てられるまち',
  policy: '1-1　子育て支援の充実',
  dept: 'こども未来部',
  lastYear: 'Ｂ',
  blocks: [
    { name: '放課後児童クラブ待機児童数', unit: '人', way: '減少', actuals: [28, 22, 17, 15, 12], expected: [25, 20, 15, 10, 5, 0] },
    {
      name: '子育て支援センター利用者数',
      unit: '人',
      way: '増加',
      actuals: [24110, 12980, 18400, 23760, 25316],
      expected: [25000, 26000, 27000, 28000, 29000, 30000],
    },
    { name: '乳幼児健康診査受診率', unit: '％', way: '増加', actuals: [96.2, 95.1, 96.0, 97.3, 97.8], expected: [96.5, 96.5, 97.0, 97.0, 97.5, 98.0] },
    {
      name: '子育て世代包括支援センター相談件数',
      unit: '件',
      way: '増加',
      actuals: [980, 1012, 1105, 960, 890],
      expected: [1050, 1100, 1150, 1200, 1250, 1300],
    },
  ],
};

const schools: StackedPolicy = {
  sheet: '施策2-1',
  goal: '２　豊かな心と生きる力を育むまち',
  policy: '2-1　学校教育の充実',
  dept: '教育部',
  lastYear: 'Ｃ',
  blocks: [
    { name: '児童１人当たりの学校図書館貸出冊数', unit: '冊', way: '増加', actuals: [41.0, 36.5, 39.2, 33.8, 30.1], expected: [42, 43, 44, 45, 46, 48] },
    { name: '不登校児童生徒数', unit: '人', way: '減少', actuals: [72, 75, 81, 88, 84, '79（見込み）'], expected: [70, 68, 64, 60, 56, 50] },
    {
      name: '英語検定３級以上相当の生徒の割合（中学３年生）',
      unit: '％',
      way: '増加',
      actuals: [38.5, 40.1, 42.6, 45.0, 48.0],
      expected: [42, 44, 46, 50, 52, 55],
    },
  ],
};

/** The clerk's facts of a stacked policy: the 令和5年度 actual against that year's 期待値. */
function stackedFacts(p: StackedPolicy): ExpectedIndicator[] {
  return p.blocks.map((b) => {
    const direction: Direction = b.way === '減少' ? 'down' : 'up';
    return ind(p.sheet, b.name, b.unit === '％' ? '%' : b.unit, b.expected[3] as number, b.actuals[4] as number, { direction });
  });
}

const childFacts = stackedFacts(childcare);
const schoolFacts = stackedFacts(schools);

const stackedTwoSheets: Holdout2Workbook = {
  name: 'h24-policy-stacked-two-sheets',
  layout:
    '施策評価シート on two sheets: blocks stacked down, 令和元年度…令和７年度 over 実績値 / 期待値（R7は目標値） rows, めざす方向 増加/減少 cell, rating frame under 施策の達成状況, a later-year 見込み',
  build(wb) {
    stackedSheet(wb.addWorksheet(childcare.sheet), childcare);
    stackedSheet(wb.addWorksheet(schools.sheet), schools);
  },
  expected: {
    file: 'h24-policy-stacked-two-sheets.xlsx',
    fiscalYear: 2023,
    indicators: [...childFacts, ...schoolFacts],
    groups: [
      { sheet: childcare.sheet, cell: 'H4', grade: rollUp(childFacts.map((i) => i.grade)) },
      { sheet: schools.sheet, cell: 'H4', grade: rollUp(schoolFacts.map((i) => i.grade)) },
    ],
  },
};

export { yearRowsBlocks } from './policyYearRows';
export const POLICY_TILED_STACKED: Holdout2Workbook[] = [tiledThreeAcross, stackedTwoSheets];
