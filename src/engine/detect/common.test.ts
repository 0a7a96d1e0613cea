/** withKind: a target made from a point just read is the object `{ ...point, kind }` would be, fields in the same order. */
import { parsePeriodCell } from '../values/periods';
import { point, withKind } from './common';
import { Grid } from './grid';
import { snap } from './testing';

const grid = new Grid(snap('指標', [['目標値', 120, '－']], { merges: [] }));

test('the target holds the point’s fields, then its kind, as a spread copy would', () => {
  const period = parsePeriodCell('R5')!.period;
  for (const [col, p] of [
    [2, period],
    [3, undefined],
  ] as const) {
    const spread = { ...point(grid, 1, col, p), kind: 'expected' as const };
    const made = point(grid, 1, col, p);
    const t = withKind(made, 'expected');
    expect(t).toBe(made);
    expect(Object.keys(t)).toEqual(Object.keys(spread));
    expect(JSON.stringify(t)).toBe(JSON.stringify(spread));
  }
});

test('a point holds its period last, and no period field when it has none', () => {
  const period = parsePeriodCell('R5')!.period;
  expect(Object.keys(point(grid, 1, 2, period))).toEqual(['row', 'col', 'cell', 'raw', 'formula', 'parsed', 'period']);
  expect(Object.keys(point(grid, 1, 2))).toEqual(['row', 'col', 'cell', 'raw', 'formula', 'parsed']);
  expect(point(grid, 1, 2, period)).toMatchObject({ row: 1, col: 2, cell: 'B1', raw: 120, formula: null, period });
});
