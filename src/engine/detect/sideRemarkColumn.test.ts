/** A 備考 heading closing the line of names of a table laid on its side heads the notes, no name (sideRemarkColumn.ts). */
import { checkWorkbook } from '../actions/check';
import type { IndexedCell } from './cells';
import { withoutClosingRemarks } from './sideRemarkColumn';
import { snap } from './testing';

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const read = (heads: (string | null)[], foot: (string | number | null)[][], note: (i: number) => string | null = () => null) =>
  checkWorkbook(
    {
      sheets: [snap('月別実績', [['平成29年度　騒音・振動対策　月別実績表'], heads, ...MONTHS.map((m, i) => [m, 4, i % 3, 1, note(i)]), ...foot])],
    },
    {},
  ).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.cells.actual]);

const NAMES = ['特定建設作業立入件数（件）', '騒音測定実施地点数（地点）', '振動測定実施地点数（地点）'];
const FOOT = [
  ['年度計', 48, 12, 12, null],
  ['年間目標', 60, 36, 12, null],
  ['達成率', 0.8, 0.333, 1, null],
];

test('months down the side, a 年度計 and a 年間目標 line, a 備考 column at the right: each name its indicator (set 145)', () => {
  const expected = [
    ['特定建設作業立入件数', '件', 60, 48, 'B15'],
    ['騒音測定実施地点数', '地点', 36, 12, 'C15'],
    ['振動測定実施地点数', '地点', 12, 12, 'D15'],
  ];
  expect(read(['月', ...NAMES, '備考'], FOOT, (i) => (i === 2 ? '新幹線鉄道騒音・振動測定' : null))).toEqual(expected);
  // As without the 備考 column.
  expect(read(['月', ...NAMES, null], FOOT)).toEqual(expected);
});

test('a line whose last text is a name, not a remark heading, is cut nowhere: a 備考 between names stays as it was', () => {
  const cell = (col: number, text: string, role?: string) => ({ row: 1, col, text, label: role ? { role } : undefined }) as unknown as IndexedCell;
  const line = [cell(1, '月'), cell(2, '件数'), cell(3, '備考', 'note'), cell(4, '地点数')];
  expect(withoutClosingRemarks(line)).toBe(line);
  const closed = [cell(1, '月'), cell(2, '件数'), cell(3, '地点数'), cell(4, ''), cell(5, '備考', 'note')];
  expect(withoutClosingRemarks(closed).map((c) => c.text)).toEqual(['月', '件数', '地点数']);
});

test('without a target line the names over the months and a 備考 stay unread, as before: no year target, no indicator', () => {
  expect(read(['月', ...NAMES, '備考'], [['年度計', 48, 12, 12, null]])).toEqual([]);
});
