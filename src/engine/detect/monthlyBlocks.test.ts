/**
 * Blocks of the fiscal year's months stacked down a sheet (heading line with the name and 「年度目標　…」, 4月 … 3月,
 * a monthly line and a 累計 line): the 累計 at the year's last month is the actual, the heading's 目標 figure the
 * target, the year the one written above. A year whose last month has no figure yet is not closed: the actual is pending.
 */
import { checkWorkbook } from '../actions/check';
import { CellIndex } from './cells';
import { Grid } from './grid';
import { detectSheet } from './index';
import { detectMonthlyBlocks } from './monthlyBlocks';
import { snap } from './testing';

type Row = (string | number | null)[];

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const running = (xs: (number | null)[]) => xs.map((_, i) => (xs[i] === null ? null : xs.slice(0, i + 1).reduce((a, b) => a! + (b ?? 0), 0)));

function block(id: string, name: string, goal: string, monthly: (number | null)[], labels = ['実績（月）', '累計']): Row[] {
  return [
    [id, name, null, null, null, null, null, null, null, goal],
    ['区分', ...MONTHS],
    [labels[0], ...monthly],
    [labels[1], ...running(monthly)],
  ];
}

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

test('each block reads its 累計 at 3月 as the actual and the heading 目標 as the target, of the year in the title', () => {
  const a = block('No.1', '図書館の来館者数', '目標：24,000人', [1800, 1900, 2000, 2100, 2200, 2000, 1900, 1800, 1700, 1600, 1500, 2000]);
  const b = block('No.2', '子育て相談件数', '年間目標値　100件', [5, 6, 7, 8, 9, 8, 7, 6, 5, 4, 6, 9]);
  const rows: Row[] = [['令和6年度　月別実績報告'], [], ...a, [], ...b];
  const { report } = checkWorkbook({ sheets: [snap('月別', rows)] }, {});
  expect(report.period).toMatchObject({ fiscalYear: 2024 });
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual])).toEqual([
    ['図書館の来館者数', '人', 24000, 22500],
    ['子育て相談件数', '件', 100, 80],
  ]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('a year not closed (3月 still empty) gives a pending actual, never the running total so far', () => {
  const monthly = [10, 12, 14, 11, 13, 12, 10, 9, null, null, null, null];
  const rows: Row[] = [['令和6年度　月別実績報告'], [], ...block('KPI1', '健康講座の参加者数', '年度目標　150人', monthly)];
  const [ind] = detectSheet(snap('月別', rows), scale).indicators;
  expect(ind.name).toBe('健康講座の参加者数');
  expect(ind.actuals.map((p) => p.parsed.status)).toEqual(['pending']);
});

test('months with a monthly line and no 累計 line read no block', () => {
  const rows: Row[] = [
    ['令和6年度'],
    [],
    ...block('KPI1', '健康講座の参加者数', '年度目標　150人', [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12], ['実績（月）', '備考']),
  ];
  const grid = new Grid(snap('月別', rows));
  expect(detectMonthlyBlocks(grid, new CellIndex(grid), new Set())).toEqual([]);
});
