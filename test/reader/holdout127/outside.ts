/**
 * Hold-out 127, shapes outside the four families that housing offices use: a 事務事業評価シート one 事業 per sheet with
 * 目標値／実績値 rows under 令和４年度…令和６年度 and a 事業費 block, a 耐震化 実績推移 with years as rows under two-row
 * headings, two 成果指標評価表 side by side on one sheet with 方向 ↑/↓ and written A–D, and a 居住支援協議会 事業報告書 of
 * label–value blocks.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

type Cell = string | number | null;

interface Measure {
  kind: '活動指標' | '成果指標';
  name: string;
  unit: string;
  targets: Cell[];
  actuals: Cell[];
}

interface Jigyo {
  sheet: string;
  name: string;
  section: string;
  place: string;
  purpose: string;
  work: string;
  measures: Measure[];
  cost: Cell[];
  next: string;
}

function jigyoSheet(wb: Workbook, j: Jigyo): void {
  const ws = wb.addWorksheet(j.sheet);
  widths(ws, [12, 30, 7, 8, 12, 12, 12, 20]);
  merge(ws, 1, 1, 1, 8, '事務事業評価シート');
  put(ws, 2, 1, ['評価対象年度']);
  merge(ws, 2, 2, 2, 3, '令和５年度');
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 5, j.name);
  put(ws, 3, 6, ['担当課']);
  merge(ws, 3, 7, 3, 8, j.section);
  put(ws, 4, 1, ['総合計画上の\n位置付け']);
  merge(ws, 4, 2, 4, 8, j.place);
  put(ws, 5, 1, ['事業目的']);
  merge(ws, 5, 2, 5, 8, j.purpose);
  put(ws, 6, 1, ['令和５年度\n実施内容']);
  merge(ws, 6, 2, 6, 8, j.work);
  wrap(ws, 2, 1, 6, 1);
  box(ws, 2, 1, 6, 8);

  put(ws, 8, 1, ['指標区分', '指標名', '単位', '区分', '令和４年度', '令和５年度', '令和６年度', '備考']);
  let r = 9;
  for (const m of j.measures) {
    merge(ws, r, 1, r + 1, 1, m.kind);
    merge(ws, r, 2, r + 1, 2, m.name);
    merge(ws, r, 3, r + 1, 3, m.unit);
    put(ws, r, 4, ['目標値', ...m.targets]);
    put(ws, r + 1, 4, ['実績値', ...m.actuals]);
    merge(ws, r, 8, r + 1, 8);
    r += 2;
  }
  box(ws, 8, 1, r - 1, 8);

  r++;
  put(ws, r, 1, ['事業費']);
  put(ws, r, 4, ['区分', '令和４年度', '令和５年度', '令和６年度']);
  put(ws, r + 1, 2, ['事業費（千円）']);
  put(ws, r + 1, 4, ['決算／予算', ...j.cost]);
  put(ws, r + 2, 2, ['うち一般財源（千円）']);
  put(ws, r + 2, 4, [undefined, ...j.cost.map((c) => (typeof c === 'number' ? Math.round(c * 0.4) : c))]);
  box(ws, r, 1, r + 2, 8);

  r += 4;
  put(ws, r, 1, ['今後の方向性', j.next]);
  box(ws, r, 1, r, 2);
}

const TAISHIN: Jigyo = {
  sheet: '木造住宅耐震化促進事業',
  name: '木造住宅耐震化促進事業',
  section: '建築指導課',
  place: '5-3 災害に強い住まいづくりの推進',
  purpose: '地震による住宅の倒壊被害を減らすため、旧耐震基準の木造住宅の耐震診断及び耐震改修を促進する。',
  work: '耐震診断士の派遣による耐震診断、耐震改修工事費の補助（上限100万円）、耐震相談会の開催（6回）',
  measures: [
    { kind: '活動指標', name: '耐震診断実施件数', unit: '件', targets: [30, 30, 30], actuals: [28, 33, null] },
    { kind: '成果指標', name: '耐震改修実施件数', unit: '件', targets: [10, 12, 12], actuals: [8, 9, null] },
  ],
  cost: [9120, 10480, 14000],
  next: '継続',
};

const IJI: Jigyo = {
  sheet: '市営住宅維持管理事業',
  name: '市営住宅維持管理事業',
  section: '住宅課',
  place: '5-2 良質な市営住宅の供給と適切な管理',
  purpose: '市営住宅を良好な状態に保ち、住宅に困窮する低額所得者に安心して暮らせる住まいを提供する。',
  work: '一般修繕（入居者からの要望対応）、計画修繕（屋上防水・給湯器更新）、空き住戸の募集（年4回）',
  measures: [
    { kind: '活動指標', name: '計画修繕実施団地数', unit: '団地', targets: [4, 4, 5], actuals: [3, 4, null] },
    { kind: '成果指標', name: '市営住宅の入居率', unit: '％', targets: [89.0, 90.0, 91.0], actuals: [88.1, 84.6, null] },
    { kind: '成果指標', name: '修繕要望への対応率', unit: '％', targets: [95.0, 95.0, 95.0], actuals: [93.5, 96.8, null] },
  ],
  cost: [182400, 176950, 190300],
  next: '継続（長寿命化計画に沿って計画修繕を平準化）',
};

const jigyo: Holdout2Workbook = {
  name: 'h127-o-jimujigyo-sheets',
  layout: 'outside: 事務事業評価シート one 事業 per sheet, 活動指標／成果指標 with 目標値／実績値 rows under 令和４年度…令和６年度, a 事業費（千円） block',
  build(wb) {
    jigyoSheet(wb, TAISHIN);
    jigyoSheet(wb, IJI);
  },
  expected: {
    file: 'h127-o-jimujigyo-sheets.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('木造住宅耐震化促進事業', '耐震診断実施件数', '件', 30, 33),
      ind('木造住宅耐震化促進事業', '耐震改修実施件数', '件', 12, 9),
      ind('市営住宅維持管理事業', '計画修繕実施団地数', '団地', 4, 4),
      ind('市営住宅維持管理事業', '市営住宅の入居率', '％', 90.0, 84.6),
      ind('市営住宅維持管理事業', '修繕要望への対応率', '％', 95.0, 96.8),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------

const YEARS: [string, ...Cell[]][] = [
  ['平成28年度', 40, 45, 10, 9, 3, 2, null],
  ['平成29年度', 40, 38, 10, 11, 3, 4, null],
  ['平成30年度', 40, 36, 12, 10, 3, 3, null],
  ['令和元年度', 40, 42, 12, 13, 5, 4, null],
  ['令和２年度', 40, 31, 12, 12, 5, 8, '新型コロナウイルス感染症の影響により戸別訪問を中止'],
  ['令和３年度', 40, null, 12, null, 5, null, null],
];

function yearsSheet(wb: Workbook): void {
  const ws = wb.addWorksheet('実績推移');
  widths(ws, [14, 9, 9, 9, 9, 9, 9, 36]);
  merge(ws, 1, 1, 1, 8, '木造住宅の耐震化に係る事業実績の推移');
  ws.getCell(2, 1).value = '評価対象年度：令和２年度';
  merge(ws, 4, 1, 5, 1, '年度');
  merge(ws, 4, 2, 4, 3, '木造住宅耐震診断件数（件）');
  merge(ws, 4, 4, 4, 5, '木造住宅耐震改修件数（件）');
  merge(ws, 4, 6, 4, 7, '耐震シェルター等設置件数（件）');
  merge(ws, 4, 8, 5, 8, '備考');
  put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
  YEARS.forEach((y, i) => put(ws, 6 + i, 1, y));
  const sum = (c: number) => YEARS.slice(0, 5).reduce((a, y) => a + (y[c] as number), 0);
  put(ws, 12, 1, ['計（H28～R2）', sum(1), sum(2), sum(3), sum(4), sum(5), sum(6)]);
  box(ws, 4, 1, 12, 8);
  ws.getCell(14, 1).value = '※耐震シェルター等設置件数は、令和元年度から防災ベッドを含む。';
}

const years: Holdout2Workbook = {
  name: 'h127-o-taishin-suii',
  layout: 'outside: years as rows (平成28年度…令和３年度), two-row headings 「木造住宅耐震診断件数（件）」 over 目標／実績, a 計（H28～R2） row',
  build: yearsSheet,
  expected: {
    file: 'h127-o-taishin-suii.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind('実績推移', '木造住宅耐震診断件数', '件', 40, 31),
      ind('実績推移', '木造住宅耐震改修件数', '件', 12, 12),
      ind('実績推移', '耐震シェルター等設置件数', '件', 5, 8),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------

type Row = [string, string, '↑' | '↓', number, number, string];

const LEFT: Row[] = [
  ['老朽住宅の用途廃止戸数', '戸', '↑', 24, 24, 'A'],
  ['市営住宅の入居率', '％', '↑', 93.0, 91.2, 'B'],
  ['家賃収納率（現年度分）', '％', '↑', 98.0, 98.4, 'A'],
  ['家賃滞納額（過年度分）', '千円', '↓', 12000, 13850, 'C'],
];
const RIGHT: Row[] = [
  ['木造住宅耐震診断件数', '件', '↑', 35, 41, 'A'],
  ['木造住宅耐震改修補助件数', '件', '↑', 10, 6, 'C'],
  ['耐震性が不十分な住宅戸数', '戸', '↓', 4800, 5120, 'B'],
];

function sideTable(ws: Worksheet, left: number, title: string, rows: Row[]): void {
  merge(ws, 4, left, 4, left + 6, title);
  put(ws, 5, left, ['指標名', '単位', '方向', '平成30年度\n目標', '平成30年度\n実績', '達成率', '評価']);
  wrap(ws, 5, left, 5, left + 6);
  rows.forEach(([name, unit, dir, target, actual, grade], i) => {
    put(ws, 6 + i, left, [name, unit, dir, target, actual, dir === '↑' ? actual / target : target / actual, grade]);
    for (const c of [3, 4]) ws.getCell(6 + i, left + c).numFmt = unit === '％' ? '0.0' : '#,##0';
    ws.getCell(6 + i, left + 5).numFmt = '0.0%';
  });
  box(ws, 5, left, 5 + rows.length, left + 6);
}

function sideSheet(wb: Workbook): void {
  const ws = wb.addWorksheet('H30評価');
  widths(ws, [26, 6, 6, 11, 11, 9, 6, 3, 26, 6, 6, 11, 11, 9, 6]);
  merge(ws, 1, 1, 1, 15, '平成30年度　住宅施策 成果指標評価表');
  ws.getCell(2, 1).value = '評価　A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満　／　方向　↑：増加を目指す　↓：減少を目指す';
  sideTable(ws, 1, '（１）市営住宅の管理', LEFT);
  sideTable(ws, 9, '（２）住宅・建築物の耐震化', RIGHT);
  ws.getCell(11, 1).value = '※達成率は、↑の指標は実績÷目標、↓の指標は目標÷実績により算出';
}

const sideInd = ([name, unit, dir, target, actual, grade]: Row) =>
  ind('H30評価', name, unit, target, actual, { direction: dir === '↓' ? 'down' : 'up', existing: grade });

const side: Holdout2Workbook = {
  name: 'h127-o-seika-narabi',
  layout: 'outside: two 成果指標評価表 side by side (市営住宅の管理 / 耐震化), 方向 ↑/↓ column, 達成率 as % of fractions, written A–D with a legend',
  build: sideSheet,
  expected: { file: 'h127-o-seika-narabi.xlsx', fiscalYear: 2018, indicators: [...LEFT, ...RIGHT].map(sideInd), groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------

const REPORT: [string, string, string, number, Cell, string][] = [
  ['(1) 居住支援相談', '居住支援相談件数', '件', 150, 162, '電話相談 98件、来所相談 64件'],
  ['(2) 入居マッチング', '入居に至った件数', '件', 40, 29, 'うち高齢者世帯 17件'],
  ['(3) セーフティネット住宅の登録促進', 'セーフティネット住宅登録戸数（累計）', '戸', 300, 284, '令和６年度の新規登録 41戸'],
  ['(4) 家主向けセミナー', '家主向けセミナー参加者数', '人', 60, '未実施', '講師の都合により開催を見送り'],
];

function reportSheet(wb: Workbook): void {
  const ws = wb.addWorksheet('事業報告');
  widths(ws, [4, 18, 36]);
  merge(ws, 1, 1, 1, 3, '令和６年度　○○市居住支援協議会　事業報告書');
  ws.getCell(2, 1).value = '（対象期間：令和６年４月１日～令和７年３月31日）';
  ws.getCell(4, 1).value = '１　重点目標の達成状況';
  let r = 6;
  for (const [head, name, unit, target, actual, note] of REPORT) {
    ws.getCell(r, 1).value = head;
    put(ws, r + 1, 2, ['指標名', name]);
    put(ws, r + 2, 2, ['単位', unit]);
    put(ws, r + 3, 2, ['令和６年度目標', target]);
    put(ws, r + 4, 2, ['令和６年度実績', actual]);
    put(ws, r + 5, 2, ['備考', note]);
    box(ws, r + 1, 2, r + 5, 3);
    r += 7;
  }
  ws.getCell(r, 1).value = '２　今後の取組';
  ws.getCell(r + 1, 2).value = '家主向けセミナーは令和７年度に２回開催する予定。';
}

const report: Holdout2Workbook = {
  name: 'h127-o-kyojyushien-hokoku',
  layout: 'outside: 居住支援協議会 事業報告書, one label–value block per indicator (指標名／単位／令和６年度目標／令和６年度実績／備考), a 未実施',
  build: reportSheet,
  expected: {
    file: 'h127-o-kyojyushien-hokoku.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('事業報告', '居住支援相談件数', '件', 150, 162),
      ind('事業報告', '入居に至った件数', '件', 40, 29),
      ind('事業報告', 'セーフティネット住宅登録戸数（累計）', '戸', 300, 284),
      ind('事業報告', '家主向けセミナー参加者数', '人', 60, null, { actualStatus: 'not-implemented' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [jigyo, years, side, report];
