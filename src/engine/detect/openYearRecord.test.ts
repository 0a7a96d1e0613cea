/** Review rv74: months whose last is blank in every row with a first month's figure are a year not over. */
import { Grid } from './grid';
import { yearNotOver } from './openYearRecord';
import { snap } from './testing';

const grid = (rows: unknown[][]) => new Grid(snap('S', rows as never));

test('the last month blank under every row begun: a year not over', () => {
  const g = grid([
    ['施設名', '4月', '5月', '3月'],
    ['本庁舎', 5000, 5600, null],
    ['公民館', 1900, 2000, null],
  ]);
  expect(yearNotOver(g, 1, [2, 3, 4])).toBe(true);
});

test('counter-examples: one row with a 3月 figure, no row begun, or one column alone', () => {
  const filled = grid([
    ['施設名', '4月', '5月', '3月'],
    ['本庁舎', 5000, 5600, null],
    ['公民館', 1900, 2000, 1800],
  ]);
  expect(yearNotOver(filled, 1, [2, 3, 4])).toBe(false);
  const empty = grid([
    ['施設名', '4月', '5月', '3月'],
    ['本庁舎', null, null, null],
  ]);
  expect(yearNotOver(empty, 1, [2, 3, 4])).toBe(false);
  expect(yearNotOver(filled, 1, [2])).toBe(false);
});
