/** 目標 / 実績 headings on the row above the one naming the columns with the years: the band starts there. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { snap } from './testing';

const N = null;
const LOWER = (head: string): CellValue[] => [head, '単位', '令和2年度', '令和3年度', '令和4年度', '令和3年度', '令和4年度', '令和5年度'];
const BODY: CellValue[][] = [
  ['特定健診受診率', '％', 41.2, 43.5, 44.8, 45, 47, 50],
  ['がん検診受診者数', '人', 8120, 8433, 8291, 8500, 8800, 9000],
];
const read = (above: CellValue[], merges: string[] = [], head = '施策の指標') =>
  checkWorkbook(
    { sheets: [snap('健康', [['健康増進計画　指標の推移', N], above, LOWER(head), ...BODY], { merges })] },
    { period: '令和4年度' },
  ).report.indicators.map((i) => [i.name, i.target, i.actual, i.grade, i.cells.target, i.cells.actual]);

const RIGHT = [
  ['特定健診受診率', 47, 44.8, 'B', 'G4', 'E4'],
  ['がん検診受診者数', 8800, 8291, 'B', 'G5', 'E5'],
];

test('実績 and 目標 written once at the left of their years, above the names row, say what each year column holds', () => {
  expect(read([N, N, '実績', N, N, '目標', N, N])).toEqual(RIGHT);
});

test('merged over their years, the same', () => {
  expect(read([N, N, '実績値', N, N, '目標値', N, N], ['C2:E2', 'F2:H2'])).toEqual(RIGHT);
});

test('a row of figures or a sentence above the names row is no heading: the years stay bare actuals, no target read', () => {
  const figures = read([N, N, 1, 2, 3, 4, 5, 6], [], '指標名');
  const sentence = read(['※実績は各年度末の数値、目標は第3次計画による', N, N, '目標', N, N, N, N], [], '指標名');
  for (const r of [figures, sentence]) expect(r.map((x) => x[1])).toEqual([null, null]);
  // Without the headings above, 施策の指標 heads nothing: no column of figures is named.
  expect(read([N, N, 1, 2, 3, 4, 5, 6])).toEqual([]);
});

test('年度別目標値 / 年度別実績値 (per-year targets / actuals) merged over their years say the same', () => {
  expect(read([N, N, '年度別実績値', N, N, '年度別目標値', N, N], ['C2:E2', 'F2:H2'])).toEqual(RIGHT);
});
