/**
 * A unit written in the name column under its name, on the indicator's next row (指標名 | 目標値 | … over
 * 「単位：人」 | 実績値 | …): the second row is the same indicator's, the cell its unit, never a name of its own. Only
 * right under a named group whose rows it goes on (no role repeated), and only a whole unit line (`values/unitLine.ts`).
 */
import { unitLine } from '../values/unitLine';
import type { Grid } from './grid';
import type { SeriesGroup } from './blockTypes';

/** The group's name cell is a unit line (「単位：人」「（単位：件）」), not a name. */
function unitRowOf(grid: Grid, g: SeriesGroup, nameCol: number): boolean {
  return g.nameRow !== undefined && unitLine(grid.text(g.nameRow, nameCol)) !== null;
}

/** The unit row goes on the group above: right under its last row, the name above no unit line, no role of it repeated. */
function goesOn(grid: Grid, upper: SeriesGroup | undefined, g: SeriesGroup, nameCol: number): upper is SeriesGroup {
  if (!upper || upper.nameRow === undefined || upper.unitRow !== undefined || unitRowOf(grid, upper, nameCol)) return false;
  if (g.series[0]!.row !== upper.series[upper.series.length - 1]!.row + 1) return false;
  const roles = new Set(upper.series.map((s) => s.role));
  return g.series.every((s) => !roles.has(s.role));
}

/** The groups with each unit row under a name joined to that name's group (the unit's row in `unitRow`). */
export function joinUnitRows(grid: Grid, groups: SeriesGroup[], nameCol: number | undefined): SeriesGroup[] {
  if (nameCol === undefined) return groups;
  const out: SeriesGroup[] = [];
  for (const g of groups) {
    const upper = out[out.length - 1];
    if (unitRowOf(grid, g, nameCol) && goesOn(grid, upper, g, nameCol)) {
      out[out.length - 1] = { ...upper, series: [...upper.series, ...g.series], unitRow: g.nameRow };
    } else out.push(g);
  }
  return out;
}
