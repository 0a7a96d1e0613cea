/**
 * Hold-out 5, shapes away from the tables: years as rows with indicators across (units in the
 * headings, western years), a 事務事業評価シート going down in label / value pairs (活動指標 and
 * 成果指標 sections), targets on one sheet and actuals on another in another row order joined by
 * 指標ID, and a policy sheet whose 実績値 span year sub-columns with the evaluation year only on a cover.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const WRAP = { wrapText: true, vertical: 'middle' } as const;

function wrapRow(ws: Worksheet, row: number, from: number, to: number): void {
  for (let c = from; c <= to; c++) ws.getCell(row, c).alignment = WRAP;
}

// ---------------------------------------------------------------------------------------------
// Years as rows (2020年度…2026年度), four indicators across, 目標 / 実績 under each, units in headings.

const LIBRARY: { heading: string; name: string; unit: string; targets: (number | string)[]; actuals: (number | string)[] }[] = [
  {
    heading: '図書館貸出冊数（冊）',
    name: '図書館貸出冊数',
    unit: '冊',
    targets: [560000, 540000, 530000, 525000, 520000, 520000, 520000],
    actuals: [402118, 468551, 487930, 501276, 498312],
  },
  {
    heading: '図書館来館者数（人）',
    name: '図書館来館者数',
    unit: '人',
    targets: [320000, 300000, 300000, 300000, 300000, 310000, 320000],
    actuals: [198420, 251300, 284016, 296778, 312450],
  },
  {
    heading: 'レファレンス件数（件）',
    name: 'レファレンス件数',
    unit: '件',
    targets: [3500, 3600, 3700, 3800, 4000, 4200, 4400],
    actuals: [2104, 2388, 2451, 2397, 2310],
  },
  {
    heading: '電子書籍貸出件数（件）',
    name: '電子書籍貸出件数',
    unit: '件',
    targets: ['－', '－', 3000, 4500, 6000, 7000, 8000],
    actuals: ['－', '－', 2210, 3167, 3905],
  },
];

function buildYearsAsRows(wb: Workbook): void {
  const ws = wb.addWorksheet('図書館指標');
  put(ws, 1, 1, ['市立図書館　サービス指標の推移']);
  put(ws, 2, 1, ['評価対象年度：2024年度']);
  ws.getCell(4, 1).value = '年度';
  ws.mergeCells(4, 1, 5, 1);
  LIBRARY.forEach((x, i) => {
    const c = 2 + i * 2;
    ws.getCell(4, c).value = x.heading;
    ws.mergeCells(4, c, 4, c + 1);
    put(ws, 5, c, ['目標', '実績']);
    x.targets.forEach((t, y) => put(ws, 6 + y, c, [t, x.actuals[y]]));
  });
  for (let y = 0; y < 7; y++) ws.getCell(6 + y, 1).value = `${2020 + y}年度`;
  put(ws, 14, 1, ['※2020年度は新型コロナウイルス感染症の拡大防止のため、4月から5月まで臨時休館した。']);
  put(ws, 15, 1, ['※電子書籍サービスは2022年度から開始。']);
  wrapRow(ws, 4, 1, 9);
}

const L = '図書館指標';
const yearsAsRows: Holdout2Workbook = {
  name: 'h5-years-as-rows',
  layout:
    'years as rows (2020年度…2026年度), four indicators across with the unit in a merged heading over 目標 / 実績, 「－」 before a service began, notes rows, 評価対象年度：2024年度 above',
  build: buildYearsAsRows,
  expected: {
    file: 'h5-years-as-rows.xlsx',
    fiscalYear: 2024,
    indicators: LIBRARY.map((x) => ind(L, x.name, x.unit, x.targets[4] as number, x.actuals[4] as number)),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// A 事務事業評価シート going down: label / value pairs, a 活動指標 and a 成果指標 section each with 評価.

interface Measure {
  name: string;
  unit: string;
  target: number;
  actual: number | string;
  rate: number;
  own: string;
}

interface Project {
  sheet: string;
  name: string;
  dept: string;
  purpose: string;
  activity: Measure;
  outcome: Measure;
  note: string;
}

const FORMS: Project[] = [
  {
    sheet: '事業1',
    name: '健康づくり推進事業',
    dept: '健康福祉部　健康増進課',
    purpose: '生活習慣病の予防と健康寿命の延伸のため、地区ごとに健康教室を開催する。',
    activity: { name: '健康教室開催回数', unit: '回', target: 48, actual: 52, rate: 1.083, own: 'A' },
    outcome: { name: '健康教室参加者の満足度', unit: '％', target: 80.0, actual: 76.3, rate: 0.954, own: 'B' },
    note: '※満足度は参加者アンケートで「満足」「やや満足」と回答した割合',
  },
  {
    sheet: '事業2',
    name: '地域公共交通確保維持事業',
    dept: 'まちづくり推進部　都市計画課',
    purpose: '路線バスの廃止地域で予約型のデマンド交通を運行し、高齢者等の移動手段を確保する。',
    activity: { name: 'デマンド交通運行日数', unit: '日', target: 245, actual: 244, rate: 0.996, own: 'A' },
    outcome: { name: 'デマンド交通利用者数', unit: '人', target: 18000, actual: '約16,500', rate: 0.917, own: 'B' },
    note: '※利用者数は運行事業者からの月報による概数',
  },
];

function section(ws: Worksheet, row: number, title: string, m: Measure): void {
  put(ws, row, 1, [title]);
  const labels: [string, number | string][] = [
    ['指標名', m.name],
    ['単位', m.unit],
    ['目標値', m.target],
    ['実績値', m.actual],
    ['達成率', m.rate],
    ['評価', m.own],
  ];
  labels.forEach(([label, value], i) => {
    put(ws, row + 1 + i, 1, [label, value]);
    ws.mergeCells(row + 1 + i, 2, row + 1 + i, 4);
  });
  ws.getCell(row + 5, 2).numFmt = '0.0%';
}

function buildForms(wb: Workbook): void {
  for (const p of FORMS) {
    const ws = wb.addWorksheet(p.sheet);
    put(ws, 1, 1, ['令和４年度　事務事業評価シート']);
    const head: [string, string][] = [
      ['事業名', p.name],
      ['担当課', p.dept],
      ['事業の目的', p.purpose],
    ];
    head.forEach(([label, value], i) => {
      put(ws, 3 + i, 1, [label, value]);
      ws.mergeCells(3 + i, 2, 3 + i, 4);
    });
    ws.getCell(5, 2).alignment = WRAP;
    section(ws, 7, '【活動指標】', p.activity);
    section(ws, 15, '【成果指標】', p.outcome);
    put(ws, 23, 1, ['備考', p.note]);
    ws.mergeCells(23, 2, 23, 4);
    ws.getColumn(1).width = 14;
    ws.getColumn(2).width = 30;
  }
}

const measureOf = (sheet: string, m: Measure) =>
  typeof m.actual === 'number'
    ? ind(sheet, m.name, m.unit, m.target, m.actual, { existing: m.own })
    : ind(sheet, m.name, m.unit, m.target, Number(m.actual.replace(/[約,]/g, '')), { existing: m.own, actualStatus: 'approximate' });

const forms: Holdout2Workbook = {
  name: 'h5-project-forms-down',
  layout:
    'two 事務事業評価シート sheets going down in label / value pairs: 事業名, then 【活動指標】 and 【成果指標】 sections (指標名, 単位, 目標値, 実績値, 達成率, 評価), 約, period 令和４年度 in the title',
  build: buildForms,
  expected: {
    file: 'h5-project-forms-down.xlsx',
    fiscalYear: 2022,
    indicators: FORMS.flatMap((p) => [measureOf(p.sheet, p.activity), measureOf(p.sheet, p.outcome)]),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// Targets per year on one sheet, R5 actuals on another in another order, joined by 指標ID.

const SAFETY: { id: string; policy: string; name: string; unit: string; targets: number[]; actual: number; dept: string; note?: string }[] = [
  {
    id: '1-1-01',
    policy: '1-1 防災体制の強化',
    name: '自主防災組織の組織率',
    unit: '％',
    targets: [86.0, 88.0, 90.0, 92.0],
    actual: 86.2,
    dept: '防災危機管理課',
  },
  {
    id: '1-1-02',
    policy: '1-1 防災体制の強化',
    name: '防災メール登録者数',
    unit: '人',
    targets: [11000, 12000, 13000, 14000],
    actual: 12845,
    dept: '防災危機管理課',
  },
  {
    id: '1-2-01',
    policy: '1-2 防犯・交通安全の推進',
    name: '刑法犯認知件数',
    unit: '件',
    targets: [300, 280, 260, 240],
    actual: 301,
    dept: '市民生活課',
    note: '減少を目指す',
  },
  {
    id: '1-2-02',
    policy: '1-2 防犯・交通安全の推進',
    name: '交通事故発生件数',
    unit: '件',
    targets: [160, 150, 140, 130],
    actual: 118,
    dept: '市民生活課',
    note: '人身事故の件数。減少を目指す',
  },
  {
    id: '2-1-01',
    policy: '2-1 消防・救急体制の充実',
    name: '消防団員の充足率',
    unit: '％',
    targets: [95.0, 95.0, 95.0, 95.0],
    actual: 89.1,
    dept: '消防本部総務課',
  },
  {
    id: '2-1-02',
    policy: '2-1 消防・救急体制の充実',
    name: '救命講習受講者数',
    unit: '人',
    targets: [1200, 1500, 1800, 2000],
    actual: 842,
    dept: '消防本部警防課',
  },
];

const ACTUAL_ORDER = [5, 2, 1, 4, 0, 3];

function buildSplit(wb: Workbook): void {
  const t = wb.addWorksheet('目標値');
  put(t, 1, 1, ['第３次総合計画　成果指標　年度別目標値']);
  put(t, 3, 1, ['指標ID', '施策', '成果指標', '単位', 'R4', 'R5', 'R6', 'R7', '備考']);
  SAFETY.forEach((s, i) => put(t, 4 + i, 1, [s.id, s.policy, s.name, s.unit, ...s.targets, s.note]));
  t.getColumn(3).width = 26;
  const a = wb.addWorksheet('実績値');
  put(a, 1, 1, ['令和５年度　成果指標実績調査（各課回答）']);
  put(a, 3, 1, ['No.', '指標ID', '成果指標', '令和５年度実績', '担当課', '備考']);
  ACTUAL_ORDER.forEach((k, i) => put(a, 4 + i, 1, [i + 1, SAFETY[k].id, SAFETY[k].name, SAFETY[k].actual, SAFETY[k].dept]));
  put(a, 11, 1, ['※各課の回答（令和6年5月末時点）を取りまとめたもの。']);
  a.getColumn(3).width = 26;
}

const split: Holdout2Workbook = {
  name: 'h5-split-sheets-by-id',
  layout:
    'targets per year R4…R7 on a 目標値 sheet, 令和５年度実績 on a 実績値 sheet in another row order, joined by 指標ID; direction only in the target sheet’s 備考',
  build: buildSplit,
  expected: {
    file: 'h5-split-sheets-by-id.xlsx',
    fiscalYear: 2023,
    indicators: SAFETY.map((s) => ind('目標値', s.name, s.unit, s.targets[1], s.actual, { direction: s.note ? 'down' : 'up' })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// A policy sheet: 実績値 over year sub-columns R2…R6, one final 目標値（R7）, the year only on a cover.

const CIVIC: { name: string; unit: string; actuals: number[]; target: number; desc: string }[] = [
  { name: '市民活動団体登録数', unit: '団体', actuals: [118, 124, 133, 142], target: 150, desc: '市民活動サポートセンターへの登録団体数（年度末）' },
  { name: '協働のまちづくり出前講座受講者数', unit: '人', actuals: [312, 655, 980, 1210], target: 1000, desc: '市職員による出前講座の年間受講者数' },
  { name: '地域づくり計画策定地区数', unit: '地区', actuals: [4, 6, 8, 9], target: 18, desc: '地域づくり計画を策定した地区の数（累計）' },
  { name: '市民活動サポートセンター利用者数', unit: '人', actuals: [5120, 6390, 7740, 8850], target: 12000, desc: '同センターの年間延べ利用者数' },
];

function buildCoverPolicy(wb: Workbook): void {
  const cover = wb.addWorksheet('表紙');
  put(cover, 4, 2, ['令和６年度　行政評価']);
  put(cover, 6, 2, ['施策評価表']);
  put(cover, 8, 2, ['（評価対象年度：令和５年度）']);
  put(cover, 12, 2, ['協働推進部　地域づくり推進課']);
  const ws = wb.addWorksheet('施策評価表');
  put(ws, 1, 1, ['施策評価表']);
  put(ws, 2, 1, ['施策名', '5-1　市民協働のまちづくり', undefined, undefined, undefined, '担当課', '地域づくり推進課']);
  put(ws, 3, 1, ['施策の評価（Ａ～Ｄ）']);
  ws.mergeCells('A3:B3');
  put(ws, 5, 1, ['成果指標', '単位', '実績値', undefined, undefined, undefined, undefined, '目標値\n（R7）', '指標の説明']);
  put(ws, 6, 3, ['R2', 'R3', 'R4', 'R5', 'R6']);
  for (const c of [1, 2, 8, 9]) ws.mergeCells(5, c, 6, c);
  ws.mergeCells(5, 3, 5, 7);
  wrapRow(ws, 5, 1, 9);
  CIVIC.forEach((x, i) => put(ws, 7 + i, 1, [x.name, x.unit, ...x.actuals, undefined, x.target, x.desc]));
  ws.getColumn(1).width = 32;
  ws.getColumn(9).width = 40;
}

const V = '施策評価表';
const CIVIC_EXPECTED = CIVIC.map((x) => ind(V, x.name, x.unit, x.target, x.actuals[3]));
const coverPolicy: Holdout2Workbook = {
  name: 'h5-cover-year-subcolumns',
  layout:
    'policy sheet: 実績値 merged over year sub-columns R2…R6 (R6 empty) and one 目標値（R7）column, rating cell 施策の評価 at C3, the evaluation year only on a cover sheet (評価対象年度：令和５年度)',
  build: buildCoverPolicy,
  expected: {
    file: 'h5-cover-year-subcolumns.xlsx',
    fiscalYear: 2023,
    indicators: CIVIC_EXPECTED,
    groups: [{ sheet: V, cell: 'C3', grade: rollUp(CIVIC_EXPECTED.map((e) => e.grade)) }],
  },
};

export const SHAPE_WORKBOOKS: Holdout2Workbook[] = [yearsAsRows, forms, split, coverPolicy];
