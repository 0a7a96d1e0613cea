/**
 * A year heading with the day its figure stands at under it (「令和5年度」 over 「（R6.4.1現在）」) dates its column by the year
 * written; a year's 評価 heading so dated (「令和6年度評価」 over 「（R7.4.1現在）」) heads that year's figure, not its grade.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const read = (rows: (string | number | null)[][], merges: string[] = []) =>
  checkWorkbook({ sheets: [snap('進捗', rows, { merges })] }, { period: 'R6' } as never).report.indicators.map((i) => [
    i.name,
    i.target,
    i.actual,
    i.existingGrade ?? null,
    i.cells.actual,
  ]);

const twoRows = (heads: string[], dates: (string | null)[]) => [
  ['令和6年度　子ども・子育て支援事業計画　進捗状況'],
  ['指標', '単位', ...heads, '評価'],
  [null, null, ...dates, null],
  ['保育所等待機児童数', '人', 6, 2, 0, 'C'],
  ['保育所等の利用定員数', '人', 2410, 2520, 2500, 'A'],
];
const MERGES = ['A2:A3', 'B2:B3', 'F2:F3'];

test('「令和6年度評価」 over 「（R7.4.1現在）」 heads the 令和6年度 actual; the 評価 column alone holds the grades', () => {
  const rows = twoRows(['令和5年度評価', '令和6年度評価', '令和6年度目標'], ['（R6.4.1現在）', '（R7.4.1現在）', '（R7.4.1）']);
  expect(read(rows, MERGES)).toEqual([
    ['保育所等待機児童数', 0, 2, 'C', 'D4'],
    ['保育所等の利用定員数', 2500, 2520, 'A', 'D5'],
  ]);
});

test('a bare year over its as-of date: the year written dates the column, not the day (R6.4.1 is no 令和6年度 figure under 令和5年度)', () => {
  const rows = twoRows(['令和5年度', '令和6年度', '令和6年度目標'], ['（R6.4.1現在）', '（R7.4.1現在）', null]);
  expect(read(rows, [...MERGES, 'E2:E3'])).toEqual([
    ['保育所等待機児童数', 0, 2, 'C', 'D4'],
    ['保育所等の利用定員数', 2500, 2520, 'A', 'D5'],
  ]);
});

test('a dated 評価 heading over grade marks stays the grade column', () => {
  const rows = [
    ['令和6年度　進捗状況'],
    ['指標', '単位', '令和6年度目標', '令和6年度実績', '令和6年度評価'],
    [null, null, null, null, '（R7.3.31現在）'],
    ['保育所等待機児童数', '人', 0, 2, 'C'],
    ['保育所等の利用定員数', '人', 2500, 2520, 'A'],
  ];
  expect(read(rows, ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3'])).toEqual([
    ['保育所等待機児童数', 0, 2, 'C', 'D4'],
    ['保育所等の利用定員数', 2500, 2520, 'A', 'D5'],
  ]);
});

test('a dated 評価 heading beside an actual heading holds attainment rates, never the actual (review rv43)', () => {
  const rows = [
    ['指標名', '単位', '令和6年度目標値', '令和6年度実績値', '令和6年度評価（R7.4.1現在）'],
    ['特定健診受診率', '％', 60, 45, 75],
    ['公園の整備数', '箇所', 10, 9, 90],
  ];
  expect(read(rows).map((r) => [r[0], r[2], r[4]])).toEqual([
    ['特定健診受診率', 45, 'D2'],
    ['公園の整備数', 9, 'D3'],
  ]);
});
