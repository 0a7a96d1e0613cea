import { checkWorkbook } from '../actions/check';
import { joinedHeading } from './splitHeadings';
import { snap } from './testing';

type Rows = (string | number | null)[][];

// A table converted from PDF: each heading split over two rows, every figure with its unit in the next cell under one merged heading.
const rows: Rows = [
  ['番号', '成果', '目標', null, '実績', null],
  [null, '指標名', '値', null, '値', null],
  [1, '図書館利用者数', '5 000', '人', '5 200', '人'],
  [2, '特定健診受診率', 60, '%', 55.5, '%'],
  [3, '地域清掃活動への', 30, '団体', 28, '団体'],
  [null, '参加団体数'],
];
const merges = ['C1:D1', 'C2:D2', 'E1:F1', 'E2:F2'];
const read = (r: Rows, m: string[]) =>
  checkWorkbook({ sheets: [snap('成果指標', r, { merges: m })] }, { period: 'R5' }).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual]);

test('two fragments make one heading when together they are one the engine knows and either alone is none', () => {
  expect(joinedHeading('目標', '値（R5）')).toMatchObject({ role: 'target', period: { fiscalYear: 2023 } });
  expect(joinedHeading('重要業績', '評価指標')).toMatchObject({ role: 'name' });
  expect(joinedHeading('達成', '率')).toMatchObject({ role: 'derived' });
  // Two headings of their own stay two (a measure over its period, a heading over its sub-heading).
  expect(joinedHeading('実績', '目標')).toBeNull();
  expect(joinedHeading('区分', '備考')).toBeNull();
});

test('headings split over two rows are read as one header row; the unit in the cell after each figure is its unit', () => {
  expect(read(rows, merges)).toEqual([
    ['図書館利用者数', '人', 5000, 5200],
    ['特定健診受診率', '%', 60, 55.5],
    ['地域清掃活動への参加団体数', '団体', 30, 28],
  ]);
});

test('the second line of a wrapped name joins the name only on a row with nothing else in the table', () => {
  const withFigures: Rows = [...rows.slice(0, 5), [null, '参加団体数', 10, '団体', 12, '団体']];
  expect(read(withFigures, merges).map((r) => r[0])).toEqual(['図書館利用者数', '特定健診受診率', '地域清掃活動への', '参加団体数']);
});
