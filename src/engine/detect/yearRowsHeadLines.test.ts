/**
 * Years as rows under a names line (指標) with 単位, 集計期間 and 目指す方向 lines the period column labels: the header reaches the
 * names however many lines stand between; a 集計期間 or 出典 line is never the unit, the 目指す方向 line states each way.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const read = (rows: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [snap('推移', rows)] }, { period: 'R6' } as never).report.indicators.map((i) => [
    i.name,
    i.unit,
    i.target,
    i.actual,
    i.direction,
    i.grade,
  ]);

const TOP = [['健康づくり分野　指標の推移'], ['評価対象年度', '令和6年度']];
const YEARS = [
  ['基準値（R元）', 38.5, 14],
  ['R5', 40.3, 10],
  ['R6', 41.2, 9],
];

test('指標 | 単位 | 集計期間 | 目指す方向 over the years, the 目標値 row at the foot: one indicator a column', () => {
  const rows = [
    ...TOP,
    ['指標', '特定健康診査受診率', '自殺者数'],
    ['単位', '％', '人'],
    ['集計期間', '年度', '暦年'],
    ['目指す方向', '↑', '↓'],
    ...YEARS,
    ['目標値（R7）', 45, 8],
  ];
  expect(read(rows)).toEqual([
    ['特定健康診査受診率', '%', 45, 41.2, 'up', 'B'],
    ['自殺者数', '人', 8, 9, 'down', 'B'],
  ]);
});

test('an 出典 line and no 単位 line: the unit stays the name’s bracket, the source is no unit and no name', () => {
  const rows = [
    ...TOP,
    ['指標', '受診率（％）', '自殺者数（人）'],
    ['出典', '市調べ', '国統計'],
    ['集計期間', '年度', '暦年'],
    ['目指す方向', '↑', '↓'],
    ...YEARS,
    ['目標値（R7）', 45, 8],
  ];
  expect(read(rows)).toEqual([
    ['受診率', '%', 45, 41.2, 'up', 'B'],
    ['自殺者数', '人', 8, 9, 'down', 'B'],
  ]);
});

test('the 目標値 line above the years, under the 目指す方向 line: read so too', () => {
  const rows = [
    ...TOP,
    ['指標', '特定健康診査受診率', '自殺者数'],
    ['単位', '％', '人'],
    ['集計期間', '年度', '暦年'],
    ['目指す方向', '↑', '↓'],
    ['目標値（R7）', 45, 8],
    ...YEARS,
  ];
  expect(read(rows)).toEqual([
    ['特定健康診査受診率', '%', 45, 41.2, 'up', 'B'],
    ['自殺者数', '人', 8, 9, 'down', 'B'],
  ]);
});

test('a line no label names between the names and the labelled lines: the names are not reached', () => {
  const rows = [
    ...TOP,
    ['指標', '特定健康診査受診率', '自殺者数'],
    [null, '特定健診', '自殺対策'],
    ['単位', '％', '人'],
    ['集計期間', '年度', '暦年'],
    ['目指す方向', '↑', '↓'],
    ...YEARS,
    ['目標値（R7）', 45, 8],
  ];
  expect(read(rows).map((r) => r[0])).not.toContain('特定健康診査受診率');
});
