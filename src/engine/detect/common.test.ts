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
