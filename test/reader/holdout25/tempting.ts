/**
 * Hold-out 25, workbooks built to tempt a silent mistake while a careful clerk reads them plainly:
 * revised targets beside the original ones, last year's actuals, a hidden row and column and a
 * reference table under the indicators; numbers as text with units, full-width digits, formulas,
 * a （見込み） actual and grades written as words with their legend.
 */
import type { Workbook } from 'exceljs';
import type { Status } from '../model';
import { formula, fullWidth, ind, num, put, widths, type Holdout25Workbook } from './kit';

interface TourismRow {
  name: string;
  unit: string;
  first: number;
  revised: number;
  /** R3 (hidden column), R4, R5. */
  actuals: [number, number, number];
  existing: string;
  note?: string;
  hidden?: boolean;
}

const TOURISM: TourismRow[] = [
  {
    name: '観光入込客数',
    unit: '千人',
    first: 2800,
    revised: 2300,
    actuals: [1720, 1985, 2214],
    existing: 'B',
    note: '令和4年度に目標値を見直し（新型コロナウイルス感染症の影響）',
  },
  { name: '宿泊者数', unit: '人', first: 420000, revised: 350000, actuals: [251000, 298400, 361200], existing: 'A' },
  {
    name: '観光ボランティアガイド登録者数',
    unit: '人',
    first: 60,
    revised: 60,
    actuals: [48, 45, 41],
    existing: 'D',
    note: '令和4年度末で指標廃止',
    hidden: true,
  },
  { name: '観光案内所利用者数', unit: '人', first: 30000, revised: 30000, actuals: [18900, 21540, 23880], existing: 'C' },
  { name: '体験型観光プログラム参加者数', unit: '人', first: 5000, revised: 4000, actuals: [2450, 3120, 3390], existing: 'C' },
  { name: '外国人観光客入込数', unit: '人', first: 50000, revised: 20000, actuals: [1200, 4210, 15800], existing: 'C' },
];

const NEIGHBOURS: [string, number, number][] = [
  ['一関市', 2950, 1.082],
  ['奥州市', 2310, 1.041],
  ['花巻市', 3420, 1.116],
];

const SHEET7 = '観光指標';

const revisedTargets: Holdout25Workbook = {
  name: 'h25-07-revised-targets-reference',
  layout:
    'one table with 当初目標値（R5） beside 見直し後目標値（R5） (the note says grades use the revised one), R4実績値 beside R5実績値, a hidden R3 column and a hidden discontinued row, 前年度比 formulas, a （参考） table of neighbouring cities below',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(SHEET7);
    widths(ws, [32, 7, 14, 16, 11, 11, 11, 9, 6, 44]);
    put(ws, 1, 1, ['奥羽市観光振興計画　成果指標の状況']);
    put(ws, 2, 1, ['評価対象期間：令和５年度', undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined, '観光物産課']);
    put(ws, 4, 1, ['指標名', '単位', '当初目標値（R5）', '見直し後目標値（R5）', 'R3実績値', 'R4実績値', 'R5実績値', '前年度比', '評価', '備考']);
    ws.getColumn(5).hidden = true;
    TOURISM.forEach((x, i) => {
      const r = 5 + i;
      put(ws, r, 1, [x.name, x.unit]);
      num(ws, r, 3, x.first);
      num(ws, r, 4, x.revised);
      x.actuals.forEach((v, j) => num(ws, r, 5 + j, v));
      formula(ws, r, 8, `G${r}/F${r}`, x.actuals[2] / x.actuals[1], '0.0%');
      put(ws, r, 9, [x.existing, x.note]);
      if (x.hidden) ws.getRow(r).hidden = true;
    });
    put(ws, 12, 1, ['※評価は見直し後目標値に対する達成率による（A：100%以上　B：80%以上　C：60%以上　D：60%未満）']);
    put(ws, 14, 1, ['（参考）近隣市の観光入込客数（令和5年）']);
    put(ws, 15, 1, ['市名', '単位', '観光入込客数', '前年比']);
    NEIGHBOURS.forEach(([city, v, rate], i) => {
      put(ws, 16 + i, 1, [city, '千人']);
      num(ws, 16 + i, 3, v);
      num(ws, 16 + i, 4, rate, '0.0%');
    });
    put(ws, 19, 1, ['出典：岩手県観光統計概要']);
  },
  expected: {
    file: 'h25-07-revised-targets-reference.xlsx',
    fiscalYear: 2023,
    indicators: TOURISM.filter((x) => !x.hidden).map((x) => ind(SHEET7, x.name, x.unit, x.revised, x.actuals[2], { existing: x.existing })),
    groups: [],
  },
};

interface ProgressRow {
  project: string;
  name: string;
  unit: string;
  target: number | string;
  actual: number | string | { formula: string; result: number };
  value: [target: number, actual: number];
  word: string;
  existing: string;
  note?: string;
  status?: Status;
}

const PROGRESS: ProgressRow[] = [
  {
    project: '創業支援事業',
    name: '創業支援による創業者数',
    unit: '人',
    target: fullWidth('25'),
    actual: fullWidth('22'),
    value: [25, 22],
    word: '概ね順調',
    existing: 'B',
  },
  {
    project: '企業立地促進事業',
    name: '工業団地への新規立地企業数',
    unit: '社',
    target: 3,
    actual: 1,
    value: [3, 1],
    word: '遅れている',
    existing: 'D',
    note: 'ほかに2社と交渉中',
  },
  { project: '販路拡大支援事業', name: '商談会での成約件数', unit: '件', target: '150件', actual: '163件', value: [150, 163], word: '順調', existing: 'A' },
  {
    project: 'プレミアム付商品券発行事業',
    name: '商品券の換金率',
    unit: '％',
    target: 98,
    actual: '96.4（見込み）',
    value: [98, 96.4],
    word: '概ね順調',
    existing: 'B',
    note: '換金期限 令和6年2月末、精算中',
    status: 'provisional',
  },
  {
    project: '中小企業融資あっせん事業',
    name: '融資あっせん件数',
    unit: '件',
    target: 145,
    actual: { formula: '98+26', result: 124 },
    value: [145, 124],
    word: '概ね順調',
    existing: 'B',
    note: '運転資金98件・設備資金26件',
  },
  { project: 'IT人材育成事業', name: 'IT講座受講者数', unit: '名', target: fullWidth('236'), actual: 233, value: [236, 233], word: '順調', existing: 'A' },
];

const SHEET8 = '進行管理';

const textNumbers: Holdout25Workbook = {
  name: 'h25-08-text-numbers-word-grades',
  layout:
    '重点事業 table (事業名 | 成果指標 | 単位 | 2023年度目標 | 2023年度実績 | 達成率 | 評価 | 備考): full-width and unit-suffixed text numbers, a formula actual, a 96.4（見込み） actual, grades written as words (順調…遅れている) with their legend below',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(SHEET8);
    widths(ws, [5, 26, 28, 6, 14, 16, 8, 14, 30]);
    put(ws, 1, 1, ['２０２３年度　重点事業進行管理表（商工観光部）']);
    put(ws, 2, 1, ['※実績欄の（見込み）は3月末時点の見込値']);
    put(ws, 4, 1, ['No.', '事業名', '成果指標', '単位', '2023年度目標', '2023年度実績', '達成率', '評価', '備考']);
    PROGRESS.forEach((x, i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1, x.project, x.name, x.unit, x.target]);
      ws.getCell(r, 6).value = x.actual;
      const rate = x.value[1] / x.value[0];
      if (typeof x.target === 'number' && typeof x.actual !== 'string') formula(ws, r, 7, `F${r}/E${r}`, rate, '0.0%');
      else num(ws, r, 7, Math.round(rate * 1000) / 1000, '0.0%');
      put(ws, r, 8, [x.word, x.note]);
    });
    put(ws, 12, 1, ['※評価：順調（A・達成率100%以上）／概ね順調（B・80%以上）／やや遅れている（C・60%以上）／遅れている（D・60%未満）']);
  },
  expected: {
    file: 'h25-08-text-numbers-word-grades.xlsx',
    fiscalYear: 2023,
    indicators: PROGRESS.map((x) => ind(SHEET8, x.name, x.unit, x.value[0], x.value[1], { existing: x.existing, actualStatus: x.status })),
    groups: [],
  },
};

export const TEMPTING_WORKBOOKS: Holdout25Workbook[] = [revisedTargets, textNumbers];
