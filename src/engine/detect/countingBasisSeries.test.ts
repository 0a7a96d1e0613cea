/** A 単年度 | 累計 pair under one merged name among a period matrix's 実績 lines: the row carrying the target is read. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const head = ['指標名', '単位', '区分', '令和3年度', '令和4年度', '令和5年度', '令和5年度\n目標', '備考'];

const read = (pair: (string | number | null)[][], kinds = ['実績', '実績']) =>
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
          { merges: ['A5:A6', 'B5:B6'] },
        ),
      ],
    },
    {},
  ).report.indicators;

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
