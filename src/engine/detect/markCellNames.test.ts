/**
 * A ※ written in a cell of its own beside a name, under the names' own heading, is the name's mark: a footnote
 * 「※印は数値の減少を目指す指標」 turns that row down. A mark under a heading of its own (備考, 重点) is not.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Rows = (string | number | null)[][];

const table = (markHeading: string, footnote = '※印は数値の減少を目指す指標'): Rows => [
  ['No.', markHeading, '指標', '単位', '目標', '実績'],
  [1, null, 'クーリングシェルター指定数', 'か所', 45, 52],
  [2, '※', '熱中症による救急搬送者数', '人', 100, 109],
  [3, null, '暑熱対策出前講座の開催回数', '回', 20, 14],
  [],
  [footnote],
];
const directions = (rows: Rows) => checkWorkbook({ sheets: [snap('進捗', rows)] }, {}).report.indicators.map((i) => i.direction);

test("a ※ alone beside the name under the same 指標 heading is the name's mark", () => {
  expect(directions(table('指標'))).toEqual(['up', 'down', 'up']);
});

test("a mark column with no heading of its own is the name's too", () => {
  expect(directions(table(''))).toEqual(['up', 'down', 'up']);
});

test('guards: a mark under a heading of its own, or a footnote giving the mark no direction, turns nothing down', () => {
  expect(directions(table('重点'))).toEqual(['up', 'up', 'up']);
  expect(directions(table('指標', '※印は重点指標'))).toEqual(['up', 'up', 'up']);
});
