/**
 * Hold-out 25, tables outside the four families: targets and actuals on two sheets joined by 指標番号,
 * a system export (one row per year and 区分), a 個別計画 progress table with 基本目標 section rows,
 * two policies side by side with their own rating cells, and a KPI 推移 table with years as rows.
 */
import type { Workbook } from 'exceljs';
import type { Direction } from '../model';
import { ind, merge, num, put, rollUp, widths, type Holdout25Workbook } from './kit';

interface PlanRow {
  id: string;
  name: string;
  unit: string;
  up: boolean;
  base: number;
  /** R3..R7. */
  targets: number[];
  /** R3, R4. */
  actuals: number[];
  note?: string;
}

const EDU: PlanRow[] = [
  { id: 'E-01', name: '全国学力・学習状況調査で全国平均以上の教科の割合', unit: '％', up: true, base: 50, targets: [60, 65, 70, 75, 80], actuals: [50, 62.5] },
  {
    id: 'E-02',
    name: '不登校児童生徒数',
    unit: '人',
    up: false,
    base: 98,
    targets: [95, 90, 85, 80, 75],
    actuals: [104, 112],
    note: '問題行動・不登校等調査（文部科学省）',
  },
  {
    id: 'E-03',
    name: '市立図書館の年間貸出冊数',
    unit: '冊',
    up: true,
    base: 468200,
    targets: [480000, 490000, 500000, 510000, 520000],
    actuals: [471300, 380200],
    note: 'R4.7～R5.1 中央図書館休館（耐震改修）',
  },
  { id: 'E-04', name: '放課後子ども教室の参加児童数', unit: '人', up: true, base: 1180, targets: [1250, 1300, 1350, 1400, 1500], actuals: [1210, 1356] },
  { id: 'E-05', name: '学校給食における地場産物の使用割合', unit: '％', up: true, base: 24.8, targets: [26, 28, 30, 32, 35], actuals: [25.1, 27] },
  { id: 'E-06', name: '英語検定3級相当以上の中学3年生の割合', unit: '％', up: true, base: 38.2, targets: [42, 45, 48, 50, 50], actuals: [40.5, 26.9] },
];
const ACTUAL_ORDER = [3, 0, 5, 1, 4, 2];

const splitSheets: Holdout25Workbook = {
  name: 'h25-03-targets-actuals-two-sheets',
  layout:
    'a 目標値一覧 sheet (指標番号, 目指す方向, per-year targets R3…R7 under 年度別目標値) and a 実績値一覧 sheet in another row order (令和3・4年度 actuals, 令和5年度 empty), 評価対象年度 令和4年度 on the actuals sheet',
  build(wb: Workbook) {
    const t = wb.addWorksheet('目標値一覧');
    widths(t, [10, 44, 6, 10, 14, 10, 10, 10, 10, 14]);
    put(t, 1, 1, ['第３次奥羽市教育振興基本計画　成果指標の目標値']);
    put(t, 2, 1, ['（計画期間：令和3年度～令和7年度）']);
    put(t, 3, 6, ['年度別目標値']);
    merge(t, 3, 6, 3, 10);
    put(t, 4, 1, ['指標番号', '成果指標', '単位', '目指す方向', '計画策定時（R2）', 'R3', 'R4', 'R5', 'R6', 'R7（最終目標）']);
    EDU.forEach((x, i) => {
      put(t, 5 + i, 1, [x.id, x.name, x.unit, x.up ? '増加' : '減少']);
      num(t, 5 + i, 5, x.base, x.base % 1 ? '0.0' : '#,##0');
      x.targets.forEach((v, j) => num(t, 5 + i, 6 + j, v, v % 1 ? '0.0' : '#,##0'));
    });
    const a = wb.addWorksheet('実績値一覧');
    widths(a, [10, 44, 12, 12, 12, 36]);
    put(a, 1, 1, ['成果指標の実績値']);
    put(a, 2, 1, ['評価対象年度：令和４年度']);
    put(a, 3, 3, ['実績値']);
    merge(a, 3, 3, 3, 5);
    put(a, 4, 1, ['指標番号', '成果指標', '令和3年度', '令和4年度', '令和5年度', '備考']);
    ACTUAL_ORDER.forEach((k, i) => {
      const x = EDU[k];
      put(a, 5 + i, 1, [x.id, x.name]);
      x.actuals.forEach((v, j) => num(a, 5 + i, 3 + j, v, v % 1 ? '0.0' : '#,##0'));
      if (x.note) put(a, 5 + i, 6, [x.note]);
    });
  },
  expected: {
    file: 'h25-03-targets-actuals-two-sheets.xlsx',
    fiscalYear: 2022,
    indicators: EDU.map((x) => ind('目標値一覧', x.name, x.unit, x.targets[1], x.actuals[1], { direction: x.up ? 'up' : 'down' })),
    groups: [],
  },
};

interface ExportRow {
  code: string;
  policy: [string, string];
  name: string;
  unit: string;
  up: boolean;
  /** [target, actual] for 2022 and 2023, then the 2024 target. */
  y2022: [number, number];
  y2023: [number, number];
  t2024: number;
}

const EXPORT: ExportRow[] = [
  { code: 'K101', policy: ['0301', '農業の振興'], name: '市民農園の区画利用率', unit: '％', up: true, y2022: [88, 86.5], y2023: [90, 84], t2024: 92 },
  { code: 'K102', policy: ['0301', '農業の振興'], name: '新規就農者数', unit: '人', up: true, y2022: [10, 11], y2023: [12, 9], t2024: 12 },
  {
    code: 'K201',
    policy: ['0302', '商業の振興'],
    name: '中心市街地の歩行者通行量',
    unit: '人/日',
    up: true,
    y2022: [8000, 7430],
    y2023: [8500, 7920],
    t2024: 9000,
  },
  { code: 'K202', policy: ['0302', '商業の振興'], name: '中心市街地の空き店舗数', unit: '件', up: false, y2022: [28, 30], y2023: [25, 22], t2024: 22 },
  { code: 'K301', policy: ['0303', '観光の振興'], name: '観光入込客数', unit: '千人', up: true, y2022: [2300, 2105], y2023: [2450, 2512], t2024: 2600 },
  { code: 'K302', policy: ['0303', '観光の振興'], name: '外国人宿泊者数', unit: '人', up: true, y2022: [8000, 2150], y2023: [12000, 6830], t2024: 15000 },
];

function exportLines(): (string | number)[][] {
  const out: (string | number)[][] = [];
  const line = (year: number, x: ExportRow, kind: string, v: number, date: string) =>
    out.push([year, x.policy[0], x.policy[1], x.code, x.name, x.unit, x.up ? '上昇' : '低下', kind, v, date]);
  for (const x of EXPORT) line(2022, x, '目標値', x.y2022[0], '2021/03/31');
  for (const x of EXPORT) line(2022, x, '実績値', x.y2022[1], '2023/05/26');
  for (const x of EXPORT) line(2023, x, '目標値', x.y2023[0], '2021/03/31');
  for (const x of EXPORT) line(2023, x, '実績値', x.y2023[1], '2024/05/24');
  for (const x of EXPORT) line(2024, x, '目標値', x.t2024, '2021/03/31');
  return out;
}

const systemExport: Holdout25Workbook = {
  name: 'h25-04-system-export-rows',
  layout:
    'a system export: one row per 対象年度 × 指標 × 区分 (目標値 / 実績値) sorted by year, 目標方向 上昇/低下 column, 2024 targets with no actuals; the 評価年度 only on an 出力条件 sheet',
  build(wb: Workbook) {
    const c = wb.addWorksheet('出力条件');
    widths(c, [12, 30]);
    put(c, 1, 1, ['施策評価支援システム　データ出力']);
    put(c, 3, 1, ['出力日', '2024/05/31 17:42']);
    put(c, 4, 1, ['評価年度', '2023年度']);
    put(c, 5, 1, ['出力範囲', '全施策（確定データのみ）']);
    put(c, 6, 1, ['出力者', '企画課 評価担当']);
    const d = wb.addWorksheet('データ');
    widths(d, [9, 10, 14, 10, 28, 8, 9, 8, 10, 12]);
    put(d, 1, 1, ['対象年度', '施策コード', '施策名', '指標コード', '指標名', '単位', '目標方向', '区分', '値', '更新日']);
    exportLines().forEach((l, i) => put(d, 2 + i, 1, l));
  },
  expected: {
    file: 'h25-04-system-export-rows.xlsx',
    fiscalYear: 2023,
    indicators: EXPORT.map((x) => ind('データ', x.name, x.unit, x.y2023[0], x.y2023[1], { direction: x.up ? 'up' : 'down' })),
    groups: [],
  },
};

interface EnvRow {
  no: string;
  name: string;
  unit: string;
  base: string;
  target: number;
  /** R3, R4, R5. */
  actuals: number[];
  mark: string;
  dept: string;
  direction?: Direction;
}

const ENV: (EnvRow | string)[] = [
  '基本目標１　脱炭素社会の実現',
  {
    no: '1-1',
    name: '市域の温室効果ガス排出量',
    unit: '千t-CO2',
    base: '812\n（H25）',
    target: 600,
    actuals: [702, 684, 655],
    mark: '○',
    dept: '環境政策課',
    direction: 'down',
  },
  {
    no: '1-2',
    name: '住宅用太陽光発電設備の設置件数（累計）',
    unit: '件',
    base: '1,850\n（R1）',
    target: 3200,
    actuals: [2310, 2590, 2870],
    mark: '○',
    dept: '環境政策課',
  },
  { no: '1-3', name: '公共施設のLED化率', unit: '％', base: '22.0\n（R1）', target: 80, actuals: [41.5, 47, 52], mark: '△', dept: '財産管理課' },
  '基本目標２　循環型社会の形成',
  {
    no: '2-1',
    name: '1人1日当たりのごみ排出量',
    unit: 'g',
    base: '948\n（R1）',
    target: 850,
    actuals: [912, 894, 872],
    mark: '○',
    dept: '清掃課',
    direction: 'down',
  },
  {
    no: '2-2',
    name: 'ごみの最終処分量',
    unit: 't',
    base: '5,120\n（R1）',
    target: 4200,
    actuals: [4610, 4350, 3980],
    mark: '◎',
    dept: '清掃課',
    direction: 'down',
  },
  { no: '2-3', name: 'リサイクル率', unit: '％', base: '18.2\n（R1）', target: 25, actuals: [19, 19.4, 19.8], mark: '△', dept: '清掃課' },
];
const isRow = (x: EnvRow | string): x is EnvRow => typeof x !== 'string';

const envPlan: Holdout25Workbook = {
  name: 'h25-05-kankyo-plan-progress',
  layout:
    '個別計画 progress table: 基本目標 section rows merged across, two-row header (実績値 over 令和3・4・5年度), final 目標値（令和7年度）, baseline with its year in the cell, ◎○△ marks with a legend, a note under the table naming the lower-is-better indicators by number',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('進捗管理表');
    widths(ws, [6, 36, 9, 10, 12, 10, 10, 10, 9, 12]);
    put(ws, 1, 1, ['第２次奥羽市環境基本計画　指標の進捗状況']);
    merge(ws, 1, 1, 1, 10);
    put(ws, 2, 1, ['評価対象年度：令和５年度']);
    put(ws, 2, 6, ['進捗評価　◎：目標達成　○：概ね順調（達成率80%以上）　△：遅れ（80%未満）']);
    put(ws, 4, 1, ['番号', '指標', '単位', '基準値', '目標値（令和7年度）', '実績値', undefined, undefined, '進捗評価', '担当課']);
    put(ws, 5, 6, ['令和3年度', '令和4年度', '令和5年度']);
    for (const c of [1, 2, 3, 4, 5, 9, 10]) merge(ws, 4, c, 5, c);
    merge(ws, 4, 6, 4, 8);
    ENV.forEach((x, i) => {
      const r = 6 + i;
      if (!isRow(x)) {
        put(ws, r, 1, [x]);
        merge(ws, r, 1, r, 10);
        return;
      }
      put(ws, r, 1, [x.no, x.name, x.unit, x.base]);
      num(ws, r, 5, x.target);
      x.actuals.forEach((v, j) => num(ws, r, 6 + j, v, v % 1 || x.unit === '％' ? '0.0' : '#,##0'));
      put(ws, r, 9, [x.mark, x.dept]);
    });
    put(ws, 14, 1, ['※指標1-1、2-1、2-2は数値が小さいほど良い指標です（目標値以下で達成）。']);
    put(ws, 15, 1, ['※基準値の（　）内は基準年度です。']);
  },
  expected: {
    file: 'h25-05-kankyo-plan-progress.xlsx',
    fiscalYear: 2023,
    indicators: ENV.filter(isRow).map((x) => ({
      ...ind('進捗管理表', x.name, x.unit, x.target, x.actuals[2], { direction: x.direction }),
      targetSource: 'final',
    })),
    groups: [],
  },
};

type PolicyRow = [name: string, unit: string, target: number, actual: number];
const LEFT: PolicyRow[] = [
  ['子育て支援センター利用者数', '人', 42000, 39560],
  ['ファミリー・サポート・センター会員数', '人', 850, 812],
  ['延長保育実施園数', 'か所', 18, 18],
  ['病児保育利用者数', '人', 1200, 1050],
];
const RIGHT: PolicyRow[] = [
  ['特定健康診査受診率', '％', 60, 45.2],
  ['胃がん検診受診率', '％', 40, 31.5],
  ['健康ポイント事業参加者数', '人', 3000, 3410],
];
const SHEET6 = '施策評価';
const gradesOf = (rows: PolicyRow[]) => rows.map(([n, u, t, a]) => ind(SHEET6, n, u, t, a));

const sidePolicies: Holdout25Workbook = {
  name: 'h25-06-two-policies-side-by-side',
  layout:
    'two policies side by side on one sheet, each with its title, 主管課 and an empty 施策の評価 cell above its own indicator table (成果指標|単位|目標値|実績値|達成度), the scale legend below',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(SHEET6);
    widths(ws, [2, 30, 7, 10, 10, 10, 3, 26, 7, 10, 10, 10]);
    put(ws, 1, 2, ['令和５年度　施策評価シート（基本目標２　健やかに暮らせるまち）']);
    merge(ws, 1, 2, 1, 12);
    put(ws, 2, 2, ['評価対象期間：令和５年度']);
    const block = (c: number, title: string, dept: string, rows: PolicyRow[]) => {
      put(ws, 4, c, [title]);
      merge(ws, 4, c, 4, c + 4);
      put(ws, 5, c, ['主管課', dept, undefined, '施策の評価']);
      put(ws, 7, c, ['成果指標', '単位', '目標値', '実績値', '達成度']);
      rows.forEach(([n, u, t, a], i) => {
        put(ws, 8 + i, c, [n, u]);
        num(ws, 8 + i, c + 2, t, t % 1 ? '0.0' : '#,##0');
        num(ws, 8 + i, c + 3, a, a % 1 ? '0.0' : '#,##0');
      });
    };
    block(2, '施策2-1　子育て支援の充実', 'こども家庭課', LEFT);
    block(8, '施策2-2　健康づくりの推進', '健康推進課', RIGHT);
    put(ws, 13, 2, ['※達成度・施策の評価　A：順調（100%以上）　B：概ね順調（80%以上）　C：やや遅れている（60%以上）　D：遅れている（60%未満）']);
    merge(ws, 13, 2, 13, 12);
  },
  expected: {
    file: 'h25-06-two-policies-side-by-side.xlsx',
    fiscalYear: 2023,
    indicators: [...gradesOf(LEFT), ...gradesOf(RIGHT)],
    groups: [
      { sheet: SHEET6, cell: 'F5', grade: rollUp(gradesOf(LEFT).map((x) => x.grade)) },
      { sheet: SHEET6, cell: 'L5', grade: rollUp(gradesOf(RIGHT).map((x) => x.grade)) },
    ],
  },
};

type Pair = [number | string | null, number | null];
/** 令和元年度…令和7年度: [目標, 実績] for 新規雇用者数, 進出企業数, テレワーク講座受講者数, and a 備考. */
const YEARS: [string, Pair, Pair, Pair, string?][] = [
  ['令和元年度', [10, 12], ['－', 0], [40, 38]],
  ['令和２年度', [30, 18], [1, 0], [60, 45], '新型コロナウイルス感染症の影響'],
  ['令和３年度', [40, 41], [1, 1], [80, 92]],
  ['令和４年度', [50, 47], [2, 2], [100, 96]],
  ['令和５年度', [50, 53], [2, 1], [120, 104]],
  ['令和６年度', [60, null], [2, null], [140, null]],
  ['令和７年度', [60, null], [3, null], [150, null]],
];
const KPIS: [string, string][] = [
  ['新規雇用者数', '人'],
  ['進出企業数', '社'],
  ['テレワーク講座受講者数', '人'],
];

const yearRows: Holdout25Workbook = {
  name: 'h25-11-kpi-years-as-rows',
  layout:
    'KPI 推移 table with years as rows (令和元年度…令和7年度) and each KPI merged over 目標|実績 sub-columns, units in the KPI headings, a 累計（R1～R5） row at the foot',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('KPI推移');
    widths(ws, [14, 10, 10, 10, 10, 10, 10, 30]);
    put(ws, 1, 1, ['ICT拠点を活用した人と仕事の誘致プロジェクト　KPI推移表']);
    put(ws, 2, 1, ['（評価対象：令和５年度）']);
    put(ws, 4, 1, ['年度', ...KPIS.flatMap(([n, u]) => [`${n}（${u}）`, undefined]), '備考']);
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    merge(ws, 4, 1, 5, 1);
    merge(ws, 4, 8, 5, 8);
    for (const c of [2, 4, 6]) merge(ws, 4, c, 4, c + 1);
    YEARS.forEach(([year, ...rest], i) => {
      const pairs = rest.slice(0, 3) as Pair[];
      put(ws, 6 + i, 1, [year, ...pairs.flat(), rest[3] as string | undefined]);
    });
    const done = YEARS.slice(0, 5);
    const total = (k: number) => done.reduce((s, y) => s + ((y[k + 1] as Pair)[1] ?? 0), 0);
    put(ws, 13, 1, ['累計（R1～R5）', undefined, total(0), undefined, total(1), undefined, total(2)]);
  },
  expected: {
    file: 'h25-11-kpi-years-as-rows.xlsx',
    fiscalYear: 2023,
    indicators: KPIS.map(([n, u], k) => {
      const [t, a] = YEARS[4][k + 1] as Pair;
      return ind('KPI推移', n, u, t as number, a);
    }),
    groups: [],
  },
};

export const TABLE_WORKBOOKS: Holdout25Workbook[] = [splitSheets, systemExport, envPlan, sidePolicies, yearRows];
