/** Helpers shared by the layout detectors. */
import { a1 } from '../model/address';
import type { Grid } from './grid';
import type { Period } from '../values/periods';
import { parseValue } from '../values/values';
import type { CleanName } from './names';
import type { LeftOutRow, Point, RawIndicator, TargetPoint } from './types';

export function point(grid: Grid, row: number, col: number, period?: Period): Point {
  const anchor = grid.anchor(row, col);
  const raw = grid.raw(anchor.row, anchor.col);
  const { row: r, col: c } = anchor;
  const cell = a1(r, c);
  const formula = grid.formula(r, c);
  const parsed = parseValue(raw, grid.numberFormat(r, c));
  // The period made with the object, not added to it after: the same fields in the same order, without growing it.
  return period ? { row: r, col: c, cell, raw, formula, parsed, period } : { row: r, col: c, cell, raw, formula, parsed };
}

/**
 * A target figure: `p`, a point just made and kept nowhere else, with its kind added last — the object `{ ...p, kind }` would
 * be, without copying it (a spread of points of several shapes was the block reader's largest own cost).
 */
export function withKind(p: Point, kind: TargetPoint['kind']): TargetPoint {
  const t = p as TargetPoint;
  t.kind = kind;
  return t;
}

/** The first non-empty cell to the right of (row, col)'s merged area, within `limit` columns. */
export function valueRightOf(grid: Grid, row: number, col: number, limit = 8, stopCol = Infinity): { row: number; col: number; text: string } | null {
  let c = grid.rightEdge(row, col) + 1;
  const end = Math.min(c + limit, grid.right + 1, stopCol + 1);
  while (c < end) {
    const t = grid.text(row, c);
    if (t) {
      const a = grid.anchor(row, c);
      return { row: a.row, col: a.col, text: t };
    }
    c = grid.rightEdge(row, c) + 1;
  }
  return null;
}

/** A new indicator of `layout` named by a cleaned name at `nameCell`, its unit the name's (「…（件）」), no figures yet. */
export function namedIndicator(
  sheet: string,
  layout: RawIndicator['layout'],
  row: number,
  nameCell: string,
  id: string | null,
  clean: CleanName,
): RawIndicator {
  const ind: RawIndicator = {
    sheet,
    layout,
    row,
    id,
    name: clean.name,
    nameCell,
    cumulative: clean.cumulative,
    repeated: clean.repeated,
    wordsForDirection: '',
    actuals: [],
    targets: [],
    baselines: [],
  };
  if (clean.unit) ind.unit = clean.unit;
  return ind;
}

/** The row an indicator was read from, left out for `reason` (types.ts LeftOutRow). */
export function leftOutRow(ind: RawIndicator, reason: LeftOutRow['reason']): LeftOutRow {
  return { reason, cell: ind.nameCell, name: ind.name };
}
