/**
 * Hold-out 98, the four families, each with indicators measured over different kinds of period in one table: a 子育て支援
 * 施策評価シート whose blocks head their years 「R6（R6.4.1）」「R6（R6.5.1）」 or mark 「※暦年」 and a 隔年 survey's 「－」; a
 * 市民生活部 事業実績 with text figures 「2024年 173件」「83.6%（R7.3.31現在）」「83.0%（R6.6.1現在）」; a 総合戦略 KPI table
 * 目標値／実績値 per year with a 把握時点 per KPI (年度, 暦年, 各年4月1日, 各年10月1日, 経済センサス); an 環境基本計画 成果指標
 * table whose 実績値 carry their own year or date (令和6年度, 令和6年, R7.3.31現在, 令和4年度, 集計中).
 */
import type { Cell, Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const THIN = { style: 'thin' as const };

/** Thin borders round every cell of a range (1-based). */
export function boxes(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

/** Merges a range and writes its value in the top-left cell. */
export function merge(ws: Worksheet, r1: number, c1: number, r2: number, c2: number, value?: string | number): Cell {
  ws.mergeCells(r1, c1, r2, c2);
  const cell = ws.getCell(r1, c1);
  if (value !== undefined) cell.value = value;
  cell.alignment = { vertical: 'middle', wrapText: true };
  return cell;
}

/** Heading cells: values from (row, col), bold, wrapped, shaded. */
export function head(ws: Worksheet, row: number, col: number, values: (string | undefined)[]): void {
  put(ws, row, col, values);
  values.forEach((_, i) => {
    const cell = ws.getCell(row, col + i);
    cell.font = { bold: true };
    cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  });
}

/** Column widths from column A. */
export function widths(ws: Worksheet, w: number[]): void {
  w.forEach((x, i) => (ws.getColumn(i + 1).width = x));
}

/** Wraps text in the cells of a range. */
export function wrap(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++)
    for (let c = c1; c <= c2; c++) ws.getCell(r, c).alignment = { ...(ws.getCell(r, c).alignment ?? {}), vertical: 'middle', wrapText: true };
}

/** An indicator whose actual is a status word; the target stays as the clerk reads it. */
export function statusInd(
  sheet: string,
  name: string,
  unit: string | null,
  target: number | null,
  actualStatus: 'not-implemented' | 'pending' | 'not-applicable' | 'missing',
  more: { direction?: 'up' | 'down'; existing?: string; targetSource?: string } = {},
): ExpectedIndicator {
  const out = ind(sheet, name, unit, target, null, { direction: more.direction, existing: more.existing, actualStatus });
  if (more.targetSource) out.targetSource = more.targetSource;
  return out;
}

const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

// ---------------------------------------------------------------------------------------------------------------------
// A: 施策評価シート, stacked indicator blocks, each block with its own kind of period in the headings or the 備考.

const A_SHEET = '施策2-3';

interface Block {
  name: string;
  unit: string;
  aim: '増加' | '減少';
  description: string;
  heads: string[];
  actuals: (number | string | undefined)[];
  expected: (number | string | undefined)[];
  note: string;
}

const A_BLOCKS: Block[] = [
  {
    name: '保育所等待機児童数',
    unit: '人',
    aim: '減少',
    description: '保育の必要性の認定を受け、保育所等の利用を申し込んだが利用できていない児童の数（国の定義による）',
    heads: ['R2（現状値）\n（R2.4.1）', 'R3\n（R3.4.1）', 'R4\n（R4.4.1）', 'R5\n（R5.4.1）', 'R6\n（R6.4.1）', 'R7\n（R7.4.1）'],
    actuals: [18, 12, 9, 6, 4, undefined],
    expected: [undefined, 15, 12, 8, 5, 0],
    note: '各年度4月1日現在。\n減少を目指す指標',
  },
  {
    name: '出生数',
    unit: '人',
    aim: '増加',
    description: '市内に住所を有する者の出生数（住民基本台帳）',
    heads: ['R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7'],
    actuals: [412, 398, 377, 360, 349, undefined],
    expected: [undefined, 410, 405, 400, 395, 390],
    note: '※暦年（各年1月〜12月）の数値',
  },
  {
    name: '地域子育て支援拠点の延べ利用者数',
    unit: '人',
    aim: '増加',
    description: '子育て支援センター（市内5か所）の親子の延べ利用者数',
    heads: ['R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7'],
    actuals: [8120, 9450, 11020, 12380, 12950, undefined],
    expected: [undefined, 10000, 11000, 12000, 13000, 14000],
    note: '年度（4月〜翌3月）の数値',
  },
  {
    name: '「子育てしやすいまち」と感じる市民の割合',
    unit: '％',
    aim: '増加',
    description: '市民意識調査で「子育てしやすい」「どちらかといえば子育てしやすい」と回答した人の割合',
    heads: ['R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7'],
    actuals: [48.2, 51.0, '－', 53.6, '－', undefined],
    expected: [undefined, 50.0, '－', 54.0, '－', 58.0],
    note: '市民意識調査（隔年・奇数年度に実施）。R2欄は令和元年度調査の値。R6は調査なし',
  },
  {
    name: '放課後児童クラブの登録児童数',
    unit: '人',
    aim: '増加',
    description: '市内放課後児童クラブ（24クラブ）に登録している児童の数',
    heads: ['R2（現状値）\n（R2.5.1）', 'R3\n（R3.5.1）', 'R4\n（R4.5.1）', 'R5\n（R5.5.1）', 'R6\n（R6.5.1）', 'R7\n（R7.5.1）'],
    actuals: [1020, 1085, 1140, 1206, 1268, undefined],
    expected: [undefined, 1080, 1120, 1170, 1220, 1270],
    note: '各年度5月1日現在',
  },
  {
    name: '乳児家庭全戸訪問事業の訪問率',
    unit: '％',
    aim: '増加',
    description: '生後4か月までの乳児のいる家庭のうち、保健師等が訪問した家庭の割合',
    heads: ['R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7'],
    actuals: [96.0, 97.2, 98.1, 97.5, 98.4, undefined],
    expected: [undefined, 100, 100, 100, 100, 100],
    note: '年度の数値',
  },
];

const A_EXPECTED: ExpectedIndicator[] = [
  ind(A_SHEET, '保育所等待機児童数', '人', 5, 4, { direction: 'down' }),
  ind(A_SHEET, '出生数', '人', 395, 349),
  ind(A_SHEET, '地域子育て支援拠点の延べ利用者数', '人', 13000, 12950),
  // R6 has no survey: its 実績値 and 期待値 are 「－」, so only the final 目標値 is left and no grade can be given.
  statusInd(A_SHEET, '「子育てしやすいまち」と感じる市民の割合', '％', 58.0, 'not-applicable', { targetSource: 'final' }),
  ind(A_SHEET, '放課後児童クラブの登録児童数', '人', 1220, 1268),
  ind(A_SHEET, '乳児家庭全戸訪問事業の訪問率', '％', 100, 98.4),
];

const policySheet: Holdout2Workbook = {
  name: 'h98-shisaku-kosodate',
  layout:
    'A: 施策評価シート, six stacked blocks R2（現状値）〜R7 with 実績値／期待値, headings 「R6（R6.4.1）」「R6（R6.5.1）」, a 「※暦年」 block, a 隔年 survey 「－」 in R6',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [16, 13, 11, 11, 11, 11, 13, 14, 14]);
    merge(ws, 1, 1, 1, 9, '令和6年度　施策評価シート').font = { bold: true, size: 14 };
    put(ws, 2, 1, ['評価対象年度']);
    merge(ws, 2, 2, 2, 4, '令和6年度（2024年度）');
    put(ws, 2, 6, ['作成日']);
    merge(ws, 2, 7, 2, 9, '令和7年7月15日');
    put(ws, 3, 1, ['基本目標']);
    merge(ws, 3, 2, 3, 9, '２　安心して子どもを産み育てられるまち');
    put(ws, 4, 1, ['施策']);
    merge(ws, 4, 2, 4, 5, '2-3　子育て支援の充実');
    put(ws, 4, 6, ['主管課']);
    merge(ws, 4, 7, 4, 9, 'こども家庭課（関係課：保育課、健康増進課）');
    put(ws, 5, 1, ['達成状況評価', undefined, '（B）']);
    merge(ws, 5, 4, 5, 9, '※（　）内は前年度の評価。A 順調／B 概ね順調／C やや遅れている／D 遅れている');
    boxes(ws, 2, 1, 5, 9);
    ws.getCell(5, 2).border = { top: { style: 'medium' }, left: { style: 'medium' }, bottom: { style: 'medium' }, right: { style: 'medium' } };
    put(ws, 7, 1, ['■ 成果指標の状況']);
    ws.getCell(7, 1).font = { bold: true };
    let r = 8;
    A_BLOCKS.forEach((b, i) => {
      put(ws, r, 1, [`成果指標${'①②③④⑤⑥'[i]}`]);
      merge(ws, r, 2, r, 5, b.name);
      put(ws, r, 6, ['単位', b.unit, '目指す方向', b.aim]);
      put(ws, r + 1, 1, ['指標の説明']);
      merge(ws, r + 1, 2, r + 1, 9, b.description);
      head(ws, r + 2, 1, ['区分', ...b.heads]);
      merge(ws, r + 2, 8, r + 2, 9, '備考').font = { bold: true };
      put(ws, r + 3, 1, ['実績値', ...b.actuals]);
      put(ws, r + 4, 1, ['期待値\n※R7は目標値', ...b.expected]);
      merge(ws, r + 3, 8, r + 4, 9, b.note);
      wrap(ws, r + 3, 1, r + 4, 1);
      boxes(ws, r, 1, r + 4, 9);
      r += 6;
    });
    put(ws, r, 1, ['総合評価']);
    merge(
      ws,
      r,
      2,
      r,
      9,
      '待機児童数は前年度から減少し期待値を達成した。出生数は減少が続いており期待値を下回った。子育て支援拠点の利用者数はほぼ期待値どおり。',
    );
    put(ws, r + 1, 1, ['今後の方向性']);
    merge(ws, r + 1, 2, r + 1, 9, '保育士確保策を継続し、令和7年4月の待機児童解消を目指す。');
    boxes(ws, r, 1, r + 1, 9);
  },
  expected: {
    file: 'h98-shisaku-kosodate.xlsx',
    fiscalYear: 2024,
    indicators: A_EXPECTED,
    groups: [{ sheet: A_SHEET, cell: 'B5', grade: rollUp(A_EXPECTED.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// B: 事業実績, one row per 事務事業, targets and actuals as text, some counted by 暦年 or at a date.

const B_SHEET = '事業実績';

type BRow = [string, string, string, string, string, string, string, string];

const B_ROWS: BRow[] = [
  [
    '交通安全教室開催事業\n【概要】保育所・小中学校・老人クラブ等で交通安全教室を開催',
    '市民協働課',
    '開催回数 42回',
    '開催回数 45回',
    '開催回数 47回',
    'A',
    '継続',
    '',
  ],
  [
    '交通事故防止啓発事業\n【概要】四季の交通安全運動、街頭啓発の実施',
    '市民協働課',
    '人身事故件数（暦年）\n2023年 196件',
    '人身事故件数（暦年）\n180件以下',
    '2024年 173件',
    'A',
    '継続',
    '暦年',
  ],
  [
    '自主防災組織育成支援事業\n【概要】資機材購入補助、結成の働きかけ',
    '危機管理課',
    '組織率 81.9%',
    '組織率 85.0%',
    '組織率 83.6%\n（R7.3.31現在）',
    'A',
    '継続',
    '',
  ],
  [
    '防災出前講座事業\n【概要】自治会・学校等への出前講座',
    '危機管理課',
    '出前講座 28回／参加者 1,104人',
    '出前講座 30回／参加者 1,200人',
    '出前講座 26回／参加者 1,315人',
    'B',
    '継続',
    '',
  ],
  [
    '防犯灯LED化推進事業\n【概要】自治会管理防犯灯のLED化補助',
    '市民協働課',
    'LED化率（累計）91.5%',
    'LED化率（累計）95.0%',
    'LED化率 96.2%（R7.3末）',
    'A',
    '終了',
    '累計',
  ],
  ['消費生活相談事業\n【概要】消費生活センターでの相談・あっせん', '市民協働課', '相談解決率 89.4%', '相談解決率 90%', '88.1%', 'A', '継続', ''],
  [
    '総合防災訓練実施事業\n【概要】市内全域での総合防災訓練',
    '危機管理課',
    '実施 1回（参加 2,300人）',
    '実施回数 1回',
    '未実施\n（台風第10号接近のため中止）',
    'D',
    '継続',
    '',
  ],
  ['犯罪被害者等支援事業\n【概要】相談窓口の設置、見舞金の支給', '市民協働課', '相談 6件', '（数値目標なし）', '相談対応 4件', '－', '継続', ''],
  [
    '救命講習普及事業\n【概要】普通救命講習・上級救命講習の開催',
    '消防本部警防課',
    '受講者（暦年）1,298人',
    '普通救命講習受講者（暦年）1,500人',
    '1,382人（2024年）',
    'B',
    '継続',
    '暦年',
  ],
  ['空家等対策推進事業\n【概要】特定空家等の所有者への指導・除却補助', '建築住宅課', '特定空家等の除却 2件', '特定空家等の除却 5件', '3件', 'C', '拡充', ''],
  [
    '住宅用火災警報器設置促進事業\n【概要】設置・維持管理の啓発、高齢者世帯への設置支援',
    '消防本部予防課',
    '設置率 82.0%（R5.6.1）',
    '設置率 85%',
    '83.0%（R6.6.1現在）',
    'B',
    '継続',
    '各年6月1日現在（消防庁調査）',
  ],
];

const B_EXPECTED: ExpectedIndicator[] = [
  ind(B_SHEET, '交通安全教室開催事業', '回', 45, 47, { existing: 'A' }),
  ind(B_SHEET, '交通事故防止啓発事業', '件', 180, 173, { direction: 'down', existing: 'A' }),
  ind(B_SHEET, '自主防災組織育成支援事業', '%', 85.0, 83.6, { existing: 'A' }),
  {
    sheet: B_SHEET,
    name: '防災出前講座事業',
    measures: [
      { label: '出前講座', target: 30, actual: 26, unit: '回' },
      { label: '参加者', target: 1200, actual: 1315, unit: '人' },
    ],
    direction: 'up',
    existing: 'B',
    grade: 'B',
  },
  ind(B_SHEET, '防犯灯LED化推進事業', '%', 95.0, 96.2, { existing: 'A' }),
  ind(B_SHEET, '消費生活相談事業', '%', 90, 88.1, { existing: 'A' }),
  statusInd(B_SHEET, '総合防災訓練実施事業', '回', 1, 'not-implemented', { existing: 'D' }),
  ind(B_SHEET, '犯罪被害者等支援事業', '件', null, 4),
  ind(B_SHEET, '救命講習普及事業', '人', 1500, 1382, { existing: 'B' }),
  ind(B_SHEET, '空家等対策推進事業', '件', 5, 3, { existing: 'C' }),
  ind(B_SHEET, '住宅用火災警報器設置促進事業', '%', 85, 83.0, { existing: 'B' }),
];

const projectTable: Holdout2Workbook = {
  name: 'h98-jigyo-anzen',
  layout:
    'B: 事業実績 of a 市民生活部, 令和6年度（数値目標｜実績値） as text, 暦年 figures 「2024年 173件」「1,382人（2024年）」, dated ones 「83.6%（R7.3.31現在）」「83.0%（R6.6.1現在）」, two measures, 未実施, no target',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 38, 14, 24, 26, 26, 9, 10, 18]);
    merge(ws, 1, 1, 1, 9, '令和6年度　事務事業実績一覧（市民生活部）').font = { bold: true, size: 14 };
    merge(
      ws,
      2,
      1,
      2,
      9,
      '※数値目標・実績値は原則として年度（4月〜翌3月）の数値。暦年（1月〜12月）で把握しているものは「（暦年）」と記載。自己評価：A 目標達成／B 80%以上／C 60%以上／D 60%未満',
    );
    ws.getRow(2).height = 30;
    head(ws, 4, 1, ['No.', '事業名・概要', '担当課', '令和5年度実績', '令和6年度', undefined, '自己評価', '今後の\n方向性', '備考']);
    head(ws, 5, 5, ['数値目標', '実績値']);
    for (const c of [1, 2, 3, 4, 7, 8, 9]) ws.mergeCells(4, c, 5, c);
    ws.mergeCells(4, 5, 4, 6);
    B_ROWS.forEach((row, i) => {
      put(ws, 6 + i, 1, [i + 1, ...row.map((v) => (v === '' ? undefined : v))]);
      ws.getRow(6 + i).height = 34;
    });
    wrap(ws, 6, 1, 5 + B_ROWS.length, 9);
    boxes(ws, 4, 1, 5 + B_ROWS.length, 9);
  },
  expected: { file: 'h98-jigyo-anzen.xlsx', fiscalYear: 2024, indicators: B_EXPECTED, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------
// C: 総合戦略 KPI table, 目標値／実績値 rows per KPI under year columns, a 把握時点 per KPI.

const C_SHEET = 'KPI進捗';

interface Kpi {
  goal: string;
  name: string;
  unit: string;
  when: string;
  base: number | string;
  targets: (number | string)[];
  actuals: (number | string)[];
  note?: string;
}

const GOALS = [
  '1 しごとをつくり、安心して働けるようにする',
  '2 新しいひとの流れをつくる',
  '3 結婚・出産・子育ての希望をかなえる',
  '4 時代に合った地域をつくる',
];

const KPIS: Kpi[] = [
  { goal: GOALS[0], name: '新規就農者数', unit: '人', when: '年度', base: 3, targets: [5, 5, 5, 5, 5], actuals: [4, 6, 3, 4] },
  {
    goal: GOALS[0],
    name: '市内事業所の従業者数',
    unit: '人',
    when: '経済センサス\n（6月1日現在）',
    base: '28,120\n（H28）',
    targets: ['－', '－', '－', '－', 28500],
    actuals: [27640, '－', '－', '－'],
    note: '経済センサス‐活動調査（R3・R8実施）',
  },
  { goal: GOALS[0], name: '企業誘致件数（累計）', unit: '件', when: '年度', base: 0, targets: [2, 4, 6, 8, 10], actuals: [1, 3, 5, 7] },
  {
    goal: GOALS[1],
    name: '転出超過数',
    unit: '人',
    when: '暦年\n（1月〜12月）',
    base: 214,
    targets: [150, 120, 90, 60, 30],
    actuals: [182, 140, 96, 71],
    note: '減少を目指す指標（住民基本台帳人口移動報告）',
  },
  {
    goal: GOALS[1],
    name: '観光入込客数',
    unit: '千人',
    when: '暦年\n（1月〜12月）',
    base: 1180,
    targets: [900, 1000, 1100, 1250, 1300],
    actuals: [712, 905, 1142, 1318],
    note: '県観光統計',
  },
  {
    goal: GOALS[2],
    name: '出生数',
    unit: '人',
    when: '暦年\n（1月〜12月）',
    base: 431,
    targets: [400, 395, 390, 380, 375],
    actuals: [398, 377, 360, 349],
  },
  {
    goal: GOALS[2],
    name: '保育所等待機児童数',
    unit: '人',
    when: '各年4月1日現在',
    base: 21,
    targets: [10, 8, 5, 0, 0],
    actuals: [12, 9, 6, 4],
    note: '減少を目指す指標',
  },
  {
    goal: GOALS[3],
    name: '推計人口',
    unit: '人',
    when: '各年10月1日現在',
    base: 54300,
    targets: [53500, 53000, 52500, 52000, 51500],
    actuals: [53720, 53190, 52820, 52410],
    note: '県人口移動調査。目標値以上を目指す',
  },
  {
    goal: GOALS[3],
    name: '「住み続けたい」と思う市民の割合',
    unit: '％',
    when: '市民意識調査\n（毎年7月）',
    base: 72.4,
    targets: [75, 76, 77, 78, 80],
    actuals: [73.2, 74.0, 76.5, 77.1],
  },
];

const C_EXPECTED: ExpectedIndicator[] = [
  ind(C_SHEET, '新規就農者数', '人', 5, 4),
  // No census in R6: its target and actual are 「－」; the final 目標値 (R7) is all the sheet gives.
  statusInd(C_SHEET, '市内事業所の従業者数', '人', 28500, 'not-applicable', { targetSource: 'final' }),
  ind(C_SHEET, '企業誘致件数（累計）', '件', 8, 7),
  ind(C_SHEET, '転出超過数', '人', 60, 71, { direction: 'down' }),
  ind(C_SHEET, '観光入込客数', '千人', 1250, 1318),
  ind(C_SHEET, '出生数', '人', 380, 349),
  ind(C_SHEET, '保育所等待機児童数', '人', 0, 4, { direction: 'down' }),
  ind(C_SHEET, '推計人口', '人', 52000, 52410),
  ind(C_SHEET, '「住み続けたい」と思う市民の割合', '％', 78, 77.1),
];

const kpiTable: Holdout2Workbook = {
  name: 'h98-kpi-senryaku',
  layout:
    'C: 第2期総合戦略 KPI, 目標値／実績値 rows under 基準値（R元）・R3（2021）〜R7（2025） with a 把握時点 per KPI (年度, 暦年, 各年4月1日, 各年10月1日, 経済センサス 「－」)',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [20, 30, 7, 15, 8, 11, 10, 10, 10, 10, 10, 26]);
    merge(ws, 1, 1, 1, 12, '第2期 まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況').font = { bold: true, size: 14 };
    merge(ws, 2, 1, 2, 12, '評価対象：令和6年度実績（令和7年度 総合戦略推進会議 資料）');
    merge(ws, 3, 1, 3, 12, '※各列の年は、年度の指標は当該年度、暦年の指標は当該年（1月〜12月）、基準日のある指標は当該年の基準日の数値です。');
    head(ws, 5, 1, [
      '基本目標',
      'KPI',
      '単位',
      '把握時点',
      '区分',
      '基準値\n（R元）',
      'R3\n（2021）',
      'R4\n（2022）',
      'R5\n（2023）',
      'R6\n（2024）',
      'R7\n（2025）',
      '備考',
    ]);
    ws.getRow(5).height = 32;
    let r = 6;
    let goalStart = 6;
    KPIS.forEach((k, i) => {
      put(ws, r, 2, [k.name, k.unit, k.when, '目標値', undefined, ...k.targets]);
      put(ws, r + 1, 5, ['実績値', undefined, ...k.actuals]);
      for (const c of [2, 3, 4, 6, 12]) ws.mergeCells(r, c, r + 1, c);
      if (k.note) ws.getCell(r, 12).value = k.note;
      ws.getCell(r, 6).value = k.base;
      const next = KPIS[i + 1];
      if (!next || next.goal !== k.goal) {
        merge(ws, goalStart, 1, r + 1, 1, k.goal);
        goalStart = r + 2;
      }
      r += 2;
    });
    for (let row = 6; row < r; row++)
      for (let c = 6; c <= 11; c++) {
        const v = ws.getCell(row, c).value;
        if (typeof v === 'number' && Number.isInteger(v) && v >= 1000) ws.getCell(row, c).numFmt = '#,##0';
      }
    wrap(ws, 6, 1, r - 1, 12);
    boxes(ws, 5, 1, r - 1, 12);
  },
  expected: { file: 'h98-kpi-senryaku.xlsx', fiscalYear: 2024, indicators: C_EXPECTED, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------
// D: 環境基本計画 成果指標, 現状値 and 実績値 with their own year or date in the cell, one 実績値 two years behind.

const D_SHEET = '成果指標の達成状況';

type DRow = [string, string, string, '増加' | '減少', string, string, string, string, string];

const D_ROWS: DRow[] = [
  [
    '市民1人1日当たりのごみ排出量',
    '家庭系・事業系ごみ総排出量÷人口÷年間日数',
    'g',
    '減少',
    '892\n（令和元年度）',
    '850',
    '868\n（令和6年度）',
    '一般廃棄物処理実態調査',
    '',
  ],
  ['リサイクル率', '資源化量÷ごみ総処理量', '％', '増加', '18.4\n（令和元年度）', '22.0', '19.6\n（令和6年度）', '一般廃棄物処理実態調査', ''],
  [
    '市域の温室効果ガス排出量',
    '市域から排出される温室効果ガスの総量（CO2換算）',
    '千t-CO2',
    '減少',
    '612\n（平成25年度）',
    '398',
    '521\n（令和4年度）',
    '環境省「自治体排出量カルテ」',
    '統計の公表時期により2年前の数値',
  ],
  [
    '公害苦情件数',
    '大気・水質・騒音・悪臭等に関する苦情の受付件数',
    '件',
    '減少',
    '46\n（令和元年）',
    '40',
    '38\n（令和6年）',
    '環境保全課調べ',
    '暦年（1月〜12月）',
  ],
  [
    '住宅用太陽光発電システムの設置件数（累計）',
    '市の設置補助を受けた住宅用太陽光発電システムの累計件数',
    '件',
    '増加',
    '2,140\n（R2.3.31現在）',
    '4,000',
    '3,215\n（R7.3.31現在）',
    '補助金交付実績',
    '',
  ],
  [
    '環境学習講座の参加者数',
    '市主催の環境学習講座・自然観察会の延べ参加者数',
    '人',
    '増加',
    '1,250\n（令和元年度）',
    '2,000',
    '1,734\n（令和6年度）',
    '環境保全課調べ',
    '',
  ],
  [
    '環境に配慮した行動をしている市民の割合',
    '市民意識調査で「常に」「ときどき」環境に配慮した行動をしていると回答した人の割合',
    '％',
    '増加',
    '66.8\n（令和2年度）',
    '80.0',
    '73.1\n（令和6年度）',
    '市民意識調査（毎年）',
    '',
  ],
  [
    '河川のBOD環境基準達成率',
    '市内6河川8地点のうち環境基準を達成した地点の割合',
    '％',
    '増加',
    '83.3\n（令和元年度）',
    '100',
    '100\n（令和6年度）',
    '公共用水域水質測定',
    '',
  ],
  [
    '森林整備面積',
    '間伐・植栽等の森林整備を行った面積（年間）',
    'ha',
    '増加',
    '118\n（令和元年度）',
    '150',
    '集計中\n（令和6年度）',
    '県森林整備実績',
    '県の集計後に確定',
  ],
];

const D_EXPECTED: ExpectedIndicator[] = [
  final(ind(D_SHEET, '市民1人1日当たりのごみ排出量', 'g', 850, 868, { direction: 'down' })),
  final(ind(D_SHEET, 'リサイクル率', '％', 22.0, 19.6)),
  // The latest figure is of 令和4年度: read as written, a guess that an earlier year's figure stands for 令和6年度.
  final(ind(D_SHEET, '市域の温室効果ガス排出量', '千t-CO2', 398, 521, { direction: 'down' })),
  final(ind(D_SHEET, '公害苦情件数', '件', 40, 38, { direction: 'down' })),
  final(ind(D_SHEET, '住宅用太陽光発電システムの設置件数（累計）', '件', 4000, 3215)),
  final(ind(D_SHEET, '環境学習講座の参加者数', '人', 2000, 1734)),
  final(ind(D_SHEET, '環境に配慮した行動をしている市民の割合', '％', 80.0, 73.1)),
  final(ind(D_SHEET, '河川のBOD環境基準達成率', '％', 100, 100)),
  statusInd(D_SHEET, '森林整備面積', 'ha', 150, 'pending', { targetSource: 'final' }),
];

const planIndicators: Holdout2Workbook = {
  name: 'h98-keikaku-kankyo',
  layout:
    'D: 第3次環境基本計画 成果指標, 現状値（計画策定時）｜目標値（R12）｜実績値 with the year or date in each cell (令和6年度, 令和6年 暦年, R7.3.31現在, 令和4年度, 集計中), 目指す方向 column',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 34, 36, 9, 9, 15, 11, 15, 22, 24]);
    merge(ws, 1, 1, 1, 10, '第3次環境基本計画（令和3年度〜令和12年度）　成果指標の達成状況').font = { bold: true, size: 14 };
    merge(ws, 2, 1, 2, 10, '令和6年度 点検・評価（対象年度：令和6年度）');
    head(ws, 4, 1, ['No.', '指標名', '指標の説明', '単位', '目指す\n方向', '現状値\n（計画策定時）', '目標値\n（R12）', '実績値', '把握方法', '備考']);
    D_ROWS.forEach((row, i) => {
      // The 目標値 as numbers, the rest as written.
      put(ws, 5 + i, 1, [i + 1, ...row.map((v, j) => (v === '' ? undefined : j === 5 ? Number(v.replace(/,/g, '')) : v))]);
      ws.getRow(5 + i).height = 32;
    });
    wrap(ws, 5, 1, 4 + D_ROWS.length, 10);
    boxes(ws, 4, 1, 4 + D_ROWS.length, 10);
    merge(ws, 6 + D_ROWS.length, 1, 6 + D_ROWS.length, 10, '※実績値の（　）内は数値の年度・時点。暦年の指標は1月〜12月の数値。');
  },
  expected: { file: 'h98-keikaku-kankyo.xlsx', fiscalYear: 2024, indicators: D_EXPECTED, groups: [], guesses: ['other-year'] },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planIndicators];
