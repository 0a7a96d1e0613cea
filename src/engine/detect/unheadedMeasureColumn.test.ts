/** 目標 / 実績 written down a column with no heading, each name merged over its pair: the words label the rows' measures. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';
import { plainRowMeasure } from './unheadedMeasureColumn';

type Rows = (string | number | null)[][];

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const NONE = MONTHS.map(() => null);
const IN = [7980, 8120, 7850, 8210, 8190, 7760, 8050, 7930, 7820, 8010, 7540, 7970];
const RATE = [76.2, 75.0, 74.8, 75.8, 75.6, 74.1, 74.3, 75.7, 72.2, 74.0, 77.2, 73.6];

/** A monthly sheet: `head` over the names, 単位, an unheaded column, the months and 年度計; two names each over `kinds`. */
const sheet = (head: string, kinds: [string, string]): Rows => [
  ['市立病院　月別患者数の状況（令和６年度）'],
  [],
  [head, '単位', null, ...MONTHS, '年度計'],
  ['入院延患者数', '人', kinds[0], ...NONE, 98000],
  [null, null, kinds[1], ...IN, 95430],
  ['病床利用率', '％', kinds[0], ...NONE, 78],
  [null, null, kinds[1], ...RATE, 74.9],
];
const MERGES = ['A4:A5', 'B4:B5', 'A6:A7', 'B6:B7'];
const read = (rows: Rows, merges = MERGES) =>
  checkWorkbook({ sheets: [snap('月別患者数', rows, { merges })] }, {}).report.indicators.map((i) => [
    i.name,
    i.target,
    i.actual,
    i.cells.target,
    i.cells.actual,
  ]);

const BOTH = [
  ['入院延患者数', 98000, 95430, 'P4', 'P5'],
  ['病床利用率', 78, 74.9, 'P6', 'P7'],
];

test('the 目標 row gives the target and the 実績 row the actual from the 年度計, under a bare 区分 beside 単位 too', () => {
  expect(read(sheet('区分', ['目標', '実績']))).toEqual(BOTH);
  expect(read(sheet('指標名', ['目標', '実績']))).toEqual(BOTH);
  expect(read(sheet('区分', ['実績値', '目標値']))).toEqual([
    ['入院延患者数', 95430, 98000, 'P5', 'P4'],
    ['病床利用率', 74.9, 78, 'P7', 'P6'],
  ]);
});

test('a column of other words (男性 / 女性, 予算 / 決算, 前年度実績) labels no measures: the old reading stays', () => {
  const sexes = read(sheet('指標名', ['男性', '女性']));
  expect(sexes.map(([name]) => name)).toEqual(['入院延患者数（男性）', '入院延患者数（女性）', '病床利用率（男性）', '病床利用率（女性）']);
  expect(sexes.every(([, target]) => target === null)).toBe(true);
  expect(read(sheet('区分', ['予算', '決算']))).toEqual([]);
  expect(read(sheet('区分', ['目標', '前年度実績']))).toEqual([]);
});

test('review rv65: a third row of 達成率 under the pair (the common three-row form) keeps the pair read; 前年度実績 as the third does not', () => {
  const withRatio = (third: string): Rows => [
    ['市立病院　月別患者数の状況（令和６年度）'],
    [],
    ['区分', '単位', null, ...MONTHS, '年度計'],
    ['入院延患者数', '人', '目標', ...NONE, 98000],
    [null, null, '実績', ...IN, 95430],
    [null, null, third, ...NONE, '97.4%'],
    ['病床利用率', '％', '目標', ...NONE, 78],
    [null, null, '実績', ...RATE, 74.9],
    [null, null, third, ...NONE, '96.0%'],
  ];
  const merges = ['A4:A6', 'B4:B6', 'A7:A9', 'B7:B9'];
  expect(read(withRatio('達成率'), merges)).toEqual([
    ['入院延患者数', 98000, 95430, 'P4', 'P5'],
    ['病床利用率', 78, 74.9, 'P7', 'P8'],
  ]);
  expect(read(withRatio('進捗率'), merges).map(([name]) => name)).toEqual(['入院延患者数', '病床利用率']);
  expect(read(withRatio('前年度実績'), merges)).toEqual([]);
});

test('names not merged over their pair leave the bare 区分 heading no names', () => {
  expect(read(sheet('区分', ['目標', '実績']), [])).toEqual([]);
});

test('a measure word alone names the row’s measure, never one of another year', () => {
  expect(plainRowMeasure('目 標')).toBe('target');
  expect(plainRowMeasure('実績値')).toBe('actual');
  expect(plainRowMeasure('前年度実績')).toBeNull();
  expect(plainRowMeasure('R5目標')).toBeNull();
  expect(plainRowMeasure('達成率')).toBeNull();
});
