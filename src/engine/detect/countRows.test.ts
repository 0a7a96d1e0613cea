/** A row counting the table's cells by formula is its tally, never an indicator. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { snap } from './testing';
import { isTallyName } from './countRows';

const VALUES: CellValue[][] = [
  ['令和5年度 成果指標'],
  ['指標名', '単位', '目標値', '実績値', '判定'],
  ['図書の貸出冊数', '冊', 50000, 48100, '概ね順調'],
  ['講座の参加者数', '人', 900, 960, '順調'],
  [],
  ['指標数', null, 2],
  ['「順調」の指標数', null, 1],
];

const names = (formulas?: (string | null)[][]) =>
  checkWorkbook({ sheets: [{ ...snap('一覧', VALUES), ...(formulas ? { formulas } : {}) }] }, {}).report.indicators.map((i) => i.name);

test('rows whose figures are COUNTA / COUNTIF formulas are no indicators', () => {
  const f: (string | null)[][] = [[], [], [], [], [], [null, null, 'COUNTA(A3:A4)'], [null, null, '_xlfn.COUNTIFS(E3:E4,"順調")']];
  expect(names(f)).toEqual(['図書の貸出冊数', '講座の参加者数']);
});

test('a figure of another formula (a sum, a reference) does not make a count row', () => {
  const f: (string | null)[][] = [[], [], [], [], [], [null, null, 'SUM(C3:C4)'], [null, null, 'C4']];
  expect(names(f)).toContain('指標数');
});

test('a row counting another sheet’s list (the sessions listed there) is the indicator’s own figure', () => {
  const values: CellValue[][] = [
    ['指標名', '単位', '目標値', '実績値'],
    ['出前講座の開催回数', '回', 12, 10],
    ['図書の貸出冊数', '冊', 50000, 48100],
  ];
  const formulas: (string | null)[][] = [[], [null, null, 'COUNTA(講座計画!B2:B40)', "COUNTA('講座 実績'!B2:B40)"]];
  const read = checkWorkbook({ sheets: [{ ...snap('成果', values), formulas }] }, {}).report.indicators.map((i) => [i.name, i.grade]);
  expect(read).toEqual([
    ['出前講座の開催回数', 'B'],
    ['図書の貸出冊数', 'B'],
  ]);
});

test('the tally rows left out are named in one info finding', () => {
  const f: (string | null)[][] = [[], [], [], [], [], [null, null, 'COUNTA(A3:A4)'], [null, null, 'COUNTIF(E3:E4,"順調")']];
  const { report } = checkWorkbook({ sheets: [{ ...snap('一覧', VALUES), formulas: f }] }, {});
  const left = report.findings.filter((x) => x.code === 'rows-left-out');
  expect(left.map((x) => [x.severity, x.params])).toEqual([
    ['info', { sheet: '一覧', reason: 'count', cells: ['A6', 'A7'], indicators: ['指標数', '「順調」の指標数'] }],
  ]);
});

test('a row named as a count of the table’s indicators by how they did is a tally, typed or not', () => {
  const values: CellValue[][] = [
    ['指標', '目標', '実績'],
    ['新規就農者数（人）', 8, 6],
    ['耕作放棄地面積（ha）', 210, 223],
    ['目標を達成したKPIの数', 4, 2],
  ];
  const { report } = checkWorkbook({ sheets: [snap('KPI', values)] }, {});
  expect(report.indicators.map((i) => i.name)).toEqual(['新規就農者数', '耕作放棄地面積']);
  expect(report.findings.find((x) => x.code === 'rows-left-out')?.params).toMatchObject({ reason: 'count', cells: ['A4'] });
});

test.each([
  ['目標を達成したKPIの数', true],
  ['達成指標数', true],
  ['「順調」の指標数', true],
  ['A評価の指標の割合', true],
  ['KPI達成率', true],
  ['数値目標の達成数', true],
  ['目標を達成した事業所の数', false],
  ['認定農業者数', false],
  ['指標数', false],
  ['目標達成率', false],
])('isTallyName(%s) is %s', (name, expected) => {
  expect(isTallyName(name)).toBe(expected);
});

test.each(['健康増進計画の評価指標のうち目標を達成した指標の割合', '総合戦略のKPI達成率', '環境基本計画の数値目標の達成率'])(
  'a count of another plan’s indicators (%s) is an indicator of its own',
  (name) => {
    expect(isTallyName(name)).toBe(false);
  },
);
