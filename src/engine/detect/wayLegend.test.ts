/** A legend of direction marks (「▲：増加を目指す　▼：減少を目指す」) reads a 方向 column's marks; without one they stay unread and flagged. */
import { detectSheet } from './index';
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

function sheet(legend: string | null, marks = ['▲', '▼']) {
  const rows: unknown[][] = [
    ['健康増進計画　令和5年度 指標の進捗状況'],
    [],
    ['指標', '単位', '方向', '基準値', 'R5目標値', 'R5実績値'],
    ['胃がん検診の受診率', '％', marks[0], 8.5, 12, 9.1],
    ['運動習慣のない成人の割合', '％', marks[1], 40.1, 35, 36.2],
    [],
  ];
  if (legend) rows.push([legend]);
  return snap('進捗', rows as never);
}

const checkGrid = (s: ReturnType<typeof sheet>) => checkWorkbook({ sheets: [s] }, {}).report;

const ways = (s: ReturnType<typeof sheet>) =>
  detectSheet(s, scale).indicators.map((i) => [i.statedDirection?.value ?? null, i.statedDirection?.cell ?? null, i.unreadDirection?.cell ?? null]);

test('with a legend, each mark states its way in its own cell', () => {
  expect(ways(sheet('※方向　▲：数値の増加を目指す　▼：数値の減少を目指す'))).toEqual([
    ['up', 'C4', null],
    ['down', 'C5', null],
  ]);
  expect(ways(sheet('【方向】◆＝増加　◇＝減少', ['◆', '◇']))).toEqual([
    ['up', 'C4', null],
    ['down', 'C5', null],
  ]);
});

test('without a legend, or with one giving a single way, the marks stay unread, their cells kept for the guess', () => {
  expect(ways(sheet(null))).toEqual([
    [null, null, 'C4'],
    [null, null, 'C5'],
  ]);
  expect(ways(sheet('▲：増加を目指す'))).toEqual([
    [null, null, 'C4'],
    [null, null, 'C5'],
  ]);
});

test('the grade of an unread mark carries the direction-unread guess naming the cell; a read one carries none', () => {
  const unread = checkGrid(sheet(null));
  const row = unread.indicators.find((i) => i.name === '胃がん検診の受診率')!;
  expect(row.guesses).toEqual([expect.objectContaining({ reason: 'direction-unread', cells: ['C4'] })]);
  expect(unread.findings.some((f) => f.code === 'reading-uncertain' && f.cell === 'C4')).toBe(true);
  const read = checkGrid(sheet('▲：増加を目指す　▼：減少を目指す'));
  expect(read.indicators.flatMap((i) => i.guesses.map((g) => g.reason))).not.toContain('direction-unread');
  expect(read.indicators.map((i) => i.grade)).toEqual(['C', 'B']);
});

test("a legend keying another column's marks (「※前年度増減　△：増加　▲：減少」) says nothing of the 方向 column", () => {
  expect(ways(sheet('※前年度増減　△：増加　▲：減少'))).toEqual([
    [null, null, 'C4'],
    [null, null, 'C5'],
  ]);
});
