/** A 単年度 | 累計 pair under one merged name among a period matrix's 実績 lines: the row carrying the target is read. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const head = ['指標名', '単位', '区分', '令和3年度', '令和4年度', '令和5年度', '令和5年度\n目標', '備考'];

const read = (pair: (string | number | null)[][], kinds = ['実績', '実績'], merges: string[] = []) => check(pair, kinds, merges).report.indicators;

const check = (pair: (string | number | null)[][], kinds = ['実績', '実績'], merges: string[] = []) =>
  checkWorkbook(
    {
      sheets: [
        snap(
          'KPI',
          [
            ['産学連携KPI　進捗状況（令和５年度末現在）'],
            [],
            head,
            ['留学生の受入数', '人', kinds[0], 72, 81, 58, 100, null],
            ...pair,
            ['共同研究の件数', '件', kinds[1], 22, 27, 25, 30, null],
          ],
          { merges: ['A5:A6', 'B5:B6', ...merges] },
        ),
      ],
    },
    {},
  );

const venture = (yearTarget: string | number, totalTarget: string | number) => [
  ['大学発ベンチャー設立数', '社', '単年度', 2, 4, 3, yearTarget, null],
  [null, null, '累計', 4, 8, 11, totalTarget, '目標は平成31年度からの累計'],
];

test('the 累計 row carrying the target is the indicator’s 実績 line, the 単年度 row beside it its companion', () => {
  const got = read(venture('－', 12));
  expect(got.map((i) => [i.name, i.unit, i.target, i.actual, i.grade])).toEqual([
    ['留学生の受入数', '人', 100, 58, 'D'],
    ['大学発ベンチャー設立数', '社', 12, 11, 'B'],
    ['共同研究の件数', '件', 30, 25, 'B'],
  ]);
  expect(got[1].cells).toMatchObject({ name: 'A5', target: 'G6', actual: 'F6' });
});

test('the 単年度 row is read when it is the one carrying the target', () => {
  const got = read(venture(3, '－'));
  expect(got.find((i) => i.name === '大学発ベンチャー設立数')).toMatchObject({ target: 3, actual: 3, cells: { actual: 'F5' } });
});

test('targets on both rows single out neither: the pair is not read as one indicator', () => {
  expect(read(venture(3, 12)).map((i) => i.name)).not.toContain('大学発ベンチャー設立数');
});

test('in a block of 目標 | 実績 lines the pair’s role is unsaid: not read', () => {
  expect(read(venture('－', 12), ['目標', '実績']).map((i) => i.name)).not.toContain('大学発ベンチャー設立数');
});

// Review rv72: the target written on the 単年度 row naming the running total is the 累計 row's target.
const onYearRow = (target: string | number, note: string | null = null) => [
  ['大学発ベンチャー設立数', '社', '単年度', 2, 4, 3, target, note],
  [null, null, '累計', 4, 8, 11, null, null],
];
const venture5 = (got: ReturnType<typeof read>) => got.find((i) => i.name === '大学発ベンチャー設立数');

test.each([['累計12社'], ['12（累計）']])('a target 「%s」 on the 単年度 row is set against the 累計 row', (target) => {
  expect(venture5(read(onYearRow(target)))).toMatchObject({ target: 12, actual: 11, grade: 'B', cells: { name: 'A5', target: 'G5', actual: 'F6' } });
});

test('a 備考 merged over the pair saying the target is 累計: the 累計 row is read, no decrease on the 単年度 figures', () => {
  const { report } = check(onYearRow(12, '目標は累計'), undefined, ['H5:H6']);
  expect(venture5(report.indicators)).toMatchObject({ target: 12, actual: 11, grade: 'B', cells: { actual: 'F6' } });
  expect(report.findings.filter((f) => f.code === 'cumulative-decrease')).toEqual([]);
});

test('a target naming its own row’s basis (「年間3社」 on 単年度) reads that row', () => {
  expect(venture5(read(onYearRow('年間3社')))).toMatchObject({ target: 3, actual: 3, cells: { actual: 'F5' } });
});

test('words and 備考 naming both bases leave the pair unread', () => {
  expect(venture5(read(onYearRow('累計12社', '目標は単年度の件数')))).toBeUndefined();
});

test('「設定なし」 on the 累計 row beside a figure on the 単年度 row: the 単年度 row carries the target', () => {
  expect(venture5(read(venture(3, '設定なし')))).toMatchObject({ target: 3, actual: 3, cells: { actual: 'F5' } });
});
