/** A row taking another sheet's row by formula is that indicator again: the one carrying the written grade is read. */
import { checkWorkbook } from '../actions/check';
import type { CellValue, SheetSnapshot } from '../model/port';
import { referredCell, referredCells } from './formulaCopies';
import { snap } from './testing';

const withFormulas = (s: SheetSnapshot, formulas: (string | null)[][]): SheetSnapshot => ({ ...s, formulas });

const INPUT: CellValue[][] = [
  ['成果指標 入力（令和5年度）'],
  ['指標名', '単位', '令和5年度目標', '令和5年度実績'],
  ['図書の貸出冊数', '冊', 50000, 48100],
  ['講座の参加者数', '人', 900, 960],
];
const input = snap('入力', INPUT);

/** A 一覧 repeating 入力's rows by formula, with a 判定 column or without one. */
function listing(grades: boolean): SheetSnapshot {
  const head = ['指標名', '単位', '目標値', '実績値', ...(grades ? ['判定'] : [])];
  const values: CellValue[][] = [
    ['令和5年度 一覧'],
    head,
    ['図書の貸出冊数', '冊', 50000, 48100, ...(grades ? ['B'] : [])],
    ['講座の参加者数', '人', 900, 960, ...(grades ? ['A'] : [])],
  ];
  const f = (r: number) => [`入力!A${r}`, `入力!B${r}`, `入力!C${r}`, `'入力'!$D$${r}`, ...(grades ? [`IF(D${r}>=C${r},"A","B")`] : [])];
  return withFormulas(snap('一覧', values), [[null], head.map(() => null), f(3), f(4)]);
}

const read = (sheets: SheetSnapshot[]) => checkWorkbook({ sheets }, {}).report.indicators.map((i) => [i.sheet, i.name, i.existingGrade ?? null]);

test('a formula naming one cell of another sheet is a reference to it; anything else is none', () => {
  expect(referredCell("'入力 シート'!$G$5")).toEqual({ sheet: '入力 シート', cell: 'G5' });
  expect(referredCell('=Sheet1!B12')).toEqual({ sheet: 'Sheet1', cell: 'B12' });
  expect(referredCell('Sheet1!B12*100')).toBeNull();
  expect(referredCell('SUM(Sheet1!B2:B9)')).toBeNull();
  expect(referredCell('B12')).toBeNull();
});

test('the copy adding a 判定 is the reading: the source rows it takes are left out', () => {
  expect(read([input, listing(true)])).toEqual([
    ['一覧', '図書の貸出冊数', 'B'],
    ['一覧', '講座の参加者数', 'A'],
  ]);
});

test('a copy adding no grade is left out: the source rows are the reading', () => {
  expect(read([input, listing(false)])).toEqual([
    ['入力', '図書の貸出冊数', null],
    ['入力', '講座の参加者数', null],
  ]);
});

test('the same figures typed on both sheets, with no formula between them, are both read (told by the formulas only)', () => {
  const typed = snap('一覧', listing(true).values);
  expect(read([input, typed]).map((r) => r[0])).toEqual(['入力', '入力', '一覧', '一覧']);
});

test('a row whose target takes a cell of a sheet of yearly targets reads it: the source rows there are no indicators', () => {
  const plan = snap('計画値', [
    ['年度別の計画値'],
    ['番号', '区分', '単位', '令和4年度', '令和5年度'],
    [1, 'ごみの資源化率', '％', 24, 26],
    [2, '公園の清掃活動団体数', '団体', 30, 34],
  ]);
  const values: CellValue[][] = [
    ['進捗状況（令和5年度）'],
    ['指標名', '単位', '目標値', '実績値'],
    ['ごみの資源化率', '％', 26, 25.1],
    ['公園の清掃活動団体数', '団体', 34, 35],
  ];
  const progress = withFormulas(snap('進捗', values), [
    [null],
    values[1].map(() => null),
    [null, null, "'計画値'!E3", null],
    [null, null, '計画値!$E$4', null],
  ]);
  expect(read([progress, plan])).toEqual([
    ['進捗', 'ごみの資源化率', null],
    ['進捗', '公園の清掃活動団体数', null],
  ]);
  // Typed, not taken by formula: nothing tells the two sheets' rows apart, both are read as before.
  expect(read([snap('進捗', values), plan]).map((r) => r[0])).toContain('計画値');
});

test('a row taking only last year’s actual by formula, beside figures of its own, is its own reading, never a copy', () => {
  const lastYear = snap('前年度', [
    ['指標名', '単位', '目標（令和4年度）', '実績（令和4年度）'],
    ['図書の貸出冊数', '冊', 48000, 47000],
  ]);
  const head = ['指標名', '単位', '実績（令和4年度）', '目標（令和5年度）', '実績（令和5年度）'];
  const thisYear = withFormulas(snap('今年度', [head, ['図書の貸出冊数', '冊', 47000, 50000, 48100]]), [
    head.map(() => null),
    [null, null, "'前年度'!D2", null, null],
  ]);
  expect(read([lastYear, thisYear]).map((r) => r[0])).toEqual(['前年度', '今年度']);
});

test('the copy left out is named in an info finding with the row read instead', () => {
  const { report } = checkWorkbook({ sheets: [input, listing(false)] }, {});
  const left = report.findings.filter((x) => x.code === 'rows-left-out').map((x) => x.params);
  expect(left).toEqual([
    { sheet: '一覧', reason: 'copy', cells: ['A3', 'A4'], indicators: ['図書の貸出冊数', '講座の参加者数'], sources: ['入力!A3', '入力!A4'] },
  ]);
});

test('a formula working in other sheets’ cells names each of them, never a range or a sheet named in a string', () => {
  expect(referredCells('"約"&TEXT(ROUND(内部用!E5,-2),"#,##0")&内部用!C5')).toEqual([
    { sheet: '内部用', cell: 'E5' },
    { sheet: '内部用', cell: 'C5' },
  ]);
  expect(referredCells('ROUND(\'内部 用\'!$D$6/10,1)&"割"')).toEqual([{ sheet: '内部 用', cell: 'D6' }]);
  expect(referredCells('SUM(月次!B2:B13)')).toEqual([]);
  expect(referredCells('"内部用!E5"')).toEqual([]);
});

test('a 公表用 row rounding the 内部用 row by formula (「約1,200人」) is a display copy: the exact row is read, whatever marks it adds', () => {
  const internal = snap('内部用', [
    ['成果指標（内部用）'],
    ['No.', '指標名', '単位', '目標値（R6）', '実績値（R6）', '評価'],
    [1, '生涯学習講座の受講者数', '人', 1300, 1213, 'B'],
    [2, '文化ホールの稼働率', '％', 70, 62.4, 'B'],
  ]);
  const values: CellValue[][] = [
    ['成果（市民公表用）'],
    ['指標', '目標値', '実績値', '評価'],
    ['生涯学習講座の受講者数', '1,300人', '約1,200人', 'B'],
    ['文化ホールの稼働率', '7割', '約6割', 'B'],
  ];
  const pub = withFormulas(snap('公表用', values), [
    [null],
    values[1].map(() => null),
    ['内部用!B3', 'TEXT(内部用!D3,"#,##0")&内部用!C3', '"約"&TEXT(ROUND(内部用!E3,-2),"#,##0")&内部用!C3', null],
    ['内部用!B4', 'ROUND(内部用!D4/10,0)&"割"', '"約"&ROUND(内部用!E4/10,0)&"割"', null],
  ]);
  const { report } = checkWorkbook({ sheets: [pub, internal] }, {});
  expect(report.indicators.map((i) => [i.sheet, i.name, i.target, i.actual])).toEqual([
    ['内部用', '生涯学習講座の受講者数', 1300, 1213],
    ['内部用', '文化ホールの稼働率', 70, 62.4],
  ]);
  const left = report.findings.find((x) => x.code === 'rows-left-out');
  expect(left?.params).toMatchObject({ sheet: '公表用', reason: 'copy', sources: ['内部用!B3', '内部用!B4'] });
  const named = (name: string) =>
    withFormulas(
      snap(
        '公表用',
        values.map((r, i) => (i === 2 ? [name, ...r.slice(1)] : r)),
      ),
      pub.formulas!,
    );
  // The name shortened for the public is the same row shown: the copy is left out.
  const shortened = checkWorkbook({ sheets: [named('講座の受講者数'), internal] }, {}).report;
  expect(shortened.indicators.map((i) => i.sheet)).toEqual(['内部用', '内部用']);
  // Another name over the rounded figures is no copy of the row: both are read.
  expect(checkWorkbook({ sheets: [named('講座の満足度'), internal] }, {}).report.indicators.map((i) => i.sheet)).toContain('公表用');
});

test('a row whose name holds the source’s and whose formula divides by another row’s cell is an indicator of its own (review rv45)', () => {
  const internal = snap('内部用', [
    ['指標名', '単位', '目標値', '実績値'],
    ['図書貸出冊数', '冊', 600000, 585000],
    ['市内人口', '人', 100000, 98000],
  ]);
  const values: CellValue[][] = [
    ['指標名', '目標値', '実績値'],
    ['市民1人あたり図書貸出冊数', 6, 6],
  ];
  const pub = withFormulas(snap('公表用', values), [
    [null, null, null],
    [null, 'ROUND(内部用!C2/内部用!C3,1)', 'ROUND(内部用!D2/内部用!D3,1)'],
  ]);
  const read = checkWorkbook({ sheets: [internal, pub] }, {}).report.indicators.map((i) => i.name);
  expect(read).toContain('市民1人あたり図書貸出冊数');
});

test('a row whose formula adds to another sheet’s figure is a figure of its own, never a display copy (review rv44)', () => {
  const main = snap('本館', [
    ['指標名', '単位', '目標値', '実績値'],
    ['図書館貸出冊数', '冊', 300000, 280000],
  ]);
  const values: CellValue[][] = [
    ['指標名', '単位', '目標値', '実績値'],
    ['図書館貸出冊数', '冊', 400000, 410000],
  ];
  const all = withFormulas(snap('全館', values), [
    [null, null, null, null],
    [null, null, '本館!C2+100000', '本館!D2+130000'],
  ]);
  const read = checkWorkbook({ sheets: [main, all] }, {}).report.indicators.map((i) => [i.sheet, i.actual]);
  expect(read).toContainEqual(['全館', 410000]);
});
