/**
 * Hold-out 41: what an administrative-evaluation system exports — one row per record with code columns
 * (施策コード / 事業コード / 指標コード) and a 区分 column (目標 / 実績 / 見込), years as columns or as a column —
 * and a target sheet and an actual sheet whose names differ slightly (a fuzzy join).
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Row = (string | number | null | undefined)[];

/** Writes rows downwards from (row, col). */
function rows(ws: Worksheet, row: number, col: number, lines: Row[]): void {
  lines.forEach((line, i) => put(ws, row + i, col, line));
}

// ---------------------------------------------------------------------------------------------------------
// 1. System export, years as columns (R03…R06), three 区分 rows per indicator, 見込 only for the next year.

interface Export1 {
  policy: [string, string];
  project: [string, string];
  code: string;
  name: string;
  unit: string;
  way: '増加' | '減少';
  targets: number[];
  actuals: (number | string)[];
  outlook: number | null;
  note?: string;
}

const EXPORT1: Export1[] = [
  {
    policy: ['0201', '子育て支援の充実'],
    project: ['020101', '地域子育て支援拠点事業'],
    code: 'K020101-01',
    name: '子育て支援センター利用者数',
    unit: '人',
    way: '増加',
    targets: [16000, 17000, 18000, 19000],
    actuals: [14210, 15880, 16420],
    outlook: 17500,
  },
  {
    policy: ['0201', '子育て支援の充実'],
    project: ['020101', '地域子育て支援拠点事業'],
    code: 'K020101-02',
    name: '子育て相談件数',
    unit: '件',
    way: '増加',
    targets: [2400, 2500, 2600, 2700],
    actuals: [2310, 2690, 1980],
    outlook: 2300,
    note: 'R5は相談員1名欠員',
  },
  {
    policy: ['0202', '健康づくりの推進'],
    project: ['020203', '特定健康診査事業'],
    code: 'K020203-01',
    name: '特定健診受診率',
    unit: '％',
    way: '増加',
    targets: [50, 55, 60, 60],
    actuals: [44.1, 45.8, 47.3],
    outlook: 48,
  },
  {
    policy: ['0305', '交通安全の推進'],
    project: ['030502', '交通安全啓発事業'],
    code: 'K030502-01',
    name: '市内交通事故発生件数',
    unit: '件',
    way: '減少',
    targets: [360, 340, 320, 300],
    actuals: [371, 355, 348],
    outlook: 330,
  },
  {
    policy: ['0403', '生涯学習の推進'],
    project: ['040301', '図書館運営事業'],
    code: 'K040301-02',
    name: '図書館貸出冊数',
    unit: '冊',
    way: '増加',
    targets: [500000, 510000, 520000, 530000],
    actuals: [489302, 512877, 538112],
    outlook: 540000,
  },
  {
    policy: ['0501', '移住・定住の促進'],
    project: ['050102', '空き家バンク事業'],
    code: 'K050102-01',
    name: '空き家バンク成約件数',
    unit: '件',
    way: '増加',
    targets: [20, 22, 25, 28],
    actuals: [18, 24, '集計中'],
    outlook: null,
    note: 'R5実績は7月確定予定',
  },
];

function buildExport1(wb: Workbook): void {
  const ws = wb.addWorksheet('指標実績一覧');
  put(ws, 1, 1, ['行政評価システム　指標実績データ出力']);
  put(ws, 2, 1, ['出力条件：評価年度＝令和5年度　所管＝全部局　出力日：2024/06/12　出力者：企画政策課']);
  put(ws, 4, 1, ['施策コード', '施策名', '事業コード', '事業名', '指標コード', '指標名', '単位', '目標の方向', '区分', 'R03', 'R04', 'R05', 'R06', '備考']);
  let r = 5;
  for (const e of EXPORT1) {
    const head = [e.policy[0], e.policy[1], e.project[0], e.project[1], e.code, e.name, e.unit, e.way];
    put(ws, r++, 1, [...head, '目標', ...e.targets]);
    put(ws, r++, 1, [...head, '実績', ...e.actuals, undefined, e.note]);
    put(ws, r++, 1, [...head, '見込', undefined, undefined, undefined, e.outlook ?? undefined]);
  }
  put(ws, r + 1, 1, [`出力件数：${EXPORT1.length * 3}件`]);
  put(ws, r + 2, 1, ['※区分　目標：計画値、実績：確定値、見込：当該年度末の見込み']);
}

const S1 = '指標実績一覧';
export const SYSTEM_EXPORT_KUBUN_ROWS: Holdout2Workbook = {
  name: 'h41-system-export-kubun-rows',
  layout:
    '行政評価システムの出力：1行1レコード（施策コード・事業コード・指標コードを毎行くり返す）、区分（目標/実績/見込）の行、年度は列（R03…R06）。評価年度は出力条件の行、見込は翌年度のみ、集計中の実績、目標の方向の列',
  build: buildExport1,
  expected: {
    file: 'h41-system-export-kubun-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S1, '子育て支援センター利用者数', '人', 18000, 16420),
      ind(S1, '子育て相談件数', '件', 2600, 1980),
      ind(S1, '特定健診受診率', '％', 60, 47.3),
      ind(S1, '市内交通事故発生件数', '件', 320, 348, { direction: 'down' }),
      ind(S1, '図書館貸出冊数', '冊', 520000, 538112),
      ind(S1, '空き家バンク成約件数', '件', 25, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------
// 2. System export, long: one row per (indicator, year, 区分); years as a column (西暦); no evaluation year stated.

type Rec = [string, string, string, string, string, string, string, number, string, string | number, string?];

function recordsOf(
  project: [string, string, string],
  kind: string,
  code: string,
  name: string,
  unit: string,
  recs: [number, string, string | number, string?][],
): Rec[] {
  return recs.map(([year, kubun, value, note]) => [project[0], project[1], project[2], kind, code, name, unit, year, kubun, value, note]);
}

const ENV: [string, string, string] = ['04-02', '04-02-003', '環境学習推進事業'];
const WASTE: [string, string, string] = ['04-03', '04-03-001', 'ごみ減量・リサイクル推進事業'];
const START: [string, string, string] = ['05-01', '05-01-007', '創業支援事業'];

const EXPORT2: Rec[] = [
  ...recordsOf(ENV, '活動指標', 'A0402003', '出前講座開催回数', '回', [
    [2022, '目標', 40],
    [2022, '実績', 33],
    [2023, '目標', 40],
    [2023, '実績', 36],
    [2024, '目標', 42],
  ]),
  ...recordsOf(ENV, '成果指標', 'B0402003', '出前講座参加者数', '人', [
    [2022, '目標', '1,200'],
    [2022, '実績', '874'],
    [2023, '目標', '1,200'],
    [2023, '実績', '1,013'],
    [2024, '目標', '1,300'],
  ]),
  ...recordsOf(WASTE, '成果指標', 'B0403001', '1人1日当たりごみ排出量', 'g', [
    [2022, '目標', 890, '削減目標'],
    [2022, '実績', 915],
    [2023, '目標', 880, '削減目標'],
    [2023, '実績', 902],
    [2024, '目標', 870, '削減目標'],
  ]),
  ...recordsOf(WASTE, '成果指標', 'B0403002', '資源化率', '％', [
    [2022, '目標', 21.0],
    [2022, '実績', 18.8],
    [2023, '目標', 22.0],
    [2023, '実績', 17.4],
    [2024, '目標', 23.0],
  ]),
  ...recordsOf(START, '成果指標', 'B0501007', '創業支援件数', '件', [
    [2022, '目標', 30],
    [2022, '実績', 27],
    [2023, '目標', 30],
    [2023, '見込', 34, '年度末見込み（確定値は9月）'],
    [2024, '目標', 32],
  ]),
];

function buildExport2(wb: Workbook): void {
  const ws = wb.addWorksheet('Sheet1');
  put(ws, 1, 1, ['施策CD', '事業CD', '事業名', '指標種別', '指標CD', '指標名', '単位', '年度', '区分', '値', '備考']);
  rows(ws, 2, 1, EXPORT2);
}

const S2 = 'Sheet1';
export const SYSTEM_EXPORT_LONG_NO_YEAR: Holdout2Workbook = {
  name: 'h41-system-export-long-no-year',
  layout:
    '行政評価システムの縦長の出力（1行＝指標×年度×区分、年度は西暦の列、値は桁区切りの文字のことも）。評価年度はどこにもない（最新の実績の年度2023は推測）、2023年度が「見込」だけの指標、備考の「削減目標」',
  build: buildExport2,
  expected: {
    file: 'h41-system-export-long-no-year.xlsx',
    fiscalYear: 2023,
    guesses: ['period'],
    indicators: [
      ind(S2, '出前講座開催回数', '回', 40, 36),
      ind(S2, '出前講座参加者数', '人', 1200, 1013),
      ind(S2, '1人1日当たりごみ排出量', 'g', 880, 902, { direction: 'down' }),
      ind(S2, '資源化率', '％', 22, 17.4),
      ind(S2, '創業支援件数', '件', 30, 34, { actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------
// 3. A 目標 sheet and a 実績 sheet, joined by name; one name written differently on the two sheets.

const TARGETS: [string, string, string, number][] = [
  ['地域子育て支援拠点事業', '地域子育て支援拠点の利用者数', '人', 36000],
  ['一時預かり事業', '一時預かり事業の延べ利用者数', '人', 4500],
  ['放課後児童健全育成事業', '放課後児童クラブ待機児童数', '人', 10],
  ['病児保育事業', '病児保育事業の利用日数', '日', 1200],
  ['子育て世帯訪問支援事業', '子育て世帯訪問支援の訪問件数', '件', 300],
  ['ファミリー・サポート・センター事業', 'ファミリー・サポート・センター会員数', '人', 850],
];

const ACTUALS: [string, string, string, string?][] = [
  ['ファミリー・サポート・センター会員数', '815人', '842人'],
  ['病児保育事業の利用日数', '1,122日', '1,004日', '医師不在による休止日あり'],
  ['放課後児童クラブの待機児童数', '17人', '14人', '4月1日現在'],
  ['地域子育て支援拠点の利用者数', '29,406人', '31,877人'],
  ['子育て世帯訪問支援の訪問件数', '－', '182件', '令和5年度新規事業'],
  ['一時預かり事業の延べ利用者数', '4,612人', '4,980人'],
];

function buildSplit(wb: Workbook): void {
  const t = wb.addWorksheet('R5目標');
  put(t, 1, 1, ['令和5年度　子ども・子育て支援事業計画　目標値']);
  put(t, 3, 1, ['No.', '事業区分', '指標名', '単位', '目標値', '備考']);
  TARGETS.forEach(([project, name, unit, target], i) => put(t, 4 + i, 1, [i + 1, project, name, unit, target, i === 2 ? '待機児童の減少を目指す' : undefined]));
  put(t, 11, 1, ['※目標値は第2期計画（令和2～6年度）の令和5年度の値']);
  const a = wb.addWorksheet('R5実績');
  put(a, 1, 1, ['令和5年度　実績値（令和6年3月31日現在）']);
  put(a, 3, 1, ['指標名', '令和4年度実績', '令和5年度実績', '備考']);
  rows(a, 4, 1, ACTUALS);
}

export const SPLIT_SHEETS_FUZZY_NAME: Holdout2Workbook = {
  name: 'h41-split-sheets-fuzzy-name',
  layout:
    '目標値のシート（No.・事業区分・指標名・単位・目標値・備考に「減少を目指す」）と実績値のシート（指標名・前年度実績・今年度実績・備考、単位は値の中、行の順は別）。1つの指標名が2つのシートで「の」1字違い（名称での結び付けは推測）',
  build: buildSplit,
  expected: {
    file: 'h41-split-sheets-fuzzy-name.xlsx',
    fiscalYear: 2023,
    guesses: ['fuzzy-join'],
    indicators: [
      ind('R5目標', '地域子育て支援拠点の利用者数', '人', 36000, 31877),
      ind('R5目標', '一時預かり事業の延べ利用者数', '人', 4500, 4980),
      ind('R5目標', '放課後児童クラブ待機児童数', '人', 10, 14, { direction: 'down' }),
      ind('R5目標', '病児保育事業の利用日数', '日', 1200, 1004),
      ind('R5目標', '子育て世帯訪問支援の訪問件数', '件', 300, 182),
      ind('R5目標', 'ファミリー・サポート・センター会員数', '人', 850, 842),
    ],
    groups: [],
  },
};

export const EXPORT_WORKBOOKS: Holdout2Workbook[] = [SYSTEM_EXPORT_KUBUN_ROWS, SYSTEM_EXPORT_LONG_NO_YEAR, SPLIT_SHEETS_FUZZY_NAME];
