/**
 * A name written on into the cell below, not merged, in a table of row pairs (目標 / 実績 rows under each name):
 * 「中心市街地の歩行者」 over 「通行量（人）」, the upper cell beside the 目標 row, the lower beside the 実績 row. Where at least
 * three of the table's other names each cover the whole pair (merged over both rows, or written again), two such one-row groups
 * whose rows, taken together, are one pair in the pair's order are one indicator, named by both cells as one name over two
 * lines. Never when the lower row has an id (No.) of its own, nor when the upper name is whole already (it ends with its unit,
 * 「新規就農者数（人）」): those are two indicators, one with a target only, one with an actual only. A name written again on
 * the lower row (「市民農園の利用区画数」 over 「市民農園の利用区画数（区画）」) is the one name, not written twice.
 */
import { unitFromName } from '../values/units';
import type { Grid } from './grid';
import type { SeriesGroup } from './blockTypes';

/** How many names covering a whole pair make the table one of row pairs. */
const MIN_WHOLE_PAIRS = 3;

/** The roles of the row pairs: the one sequence every group of two or more rows has, at least three times; else null. */
function pairRoles(groups: SeriesGroup[]): string | null {
  const whole = groups.filter((g) => g.series.length >= 2).map((g) => g.series.map((s) => s.role).join('/'));
  const kinds = new Set(whole);
  return kinds.size === 1 && whole.length >= MIN_WHOLE_PAIRS ? whole[0]! : null;
}

/** The group is one row beside an unmerged name cell of its own. */
function oneNamedRow(grid: Grid, g: SeriesGroup, nameCol: number): boolean {
  return g.series.length === 1 && g.nameRow === g.series[0]!.row && !grid.merge(g.nameRow, nameCol) && grid.text(g.nameRow, nameCol) !== '';
}

const fold = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '');

/** The lower row has a cell of its own left of the name (an id, a No.) that differs from the upper row's. */
function ownId(grid: Grid, upper: number, lower: number, nameCol: number): boolean {
  for (let c = grid.left; c < nameCol; c++) {
    if (grid.anchor(lower, c).row !== lower) continue;
    const t = fold(grid.text(lower, c));
    if (t !== '' && t !== fold(grid.text(upper, c))) return true;
  }
  return false;
}

/** The name ends with its unit in brackets (「新規就農者数（人）」): a whole name, not a first line. */
function endsWithUnit(name: string): boolean {
  const tail = /[（(][^（()）]{1,8}[)）]$/.exec(fold(name));
  return !!tail && unitFromName(tail[0]) !== undefined;
}

/** The lower name says the upper one again (with or without its unit): the row of the fuller of the two, else null. */
function writtenAgain(grid: Grid, upper: number, lower: number, nameCol: number): number | null {
  const [u, l] = [fold(grid.text(upper, nameCol)), fold(grid.text(lower, nameCol))];
  if (l.startsWith(u)) return lower;
  return u.startsWith(l) ? upper : null;
}

/** The two one-row groups joined into one over the pair, or null when they are two indicators. */
function joined(grid: Grid, upper: SeriesGroup, lower: SeriesGroup | undefined, nameCol: number, roles: string): SeriesGroup | null {
  if (!lower || !oneNamedRow(grid, upper, nameCol) || !oneNamedRow(grid, lower, nameCol)) return null;
  const [u, l] = [upper.nameRow!, lower.nameRow!];
  if (l !== u + 1 || `${upper.series[0]!.role}/${lower.series[0]!.role}` !== roles || ownId(grid, u, l, nameCol)) return null;
  const series = [...upper.series, ...lower.series];
  const again = writtenAgain(grid, u, l, nameCol);
  if (again !== null) return { series, nameRow: again };
  return endsWithUnit(grid.text(u, nameCol)) ? null : { series, nameRow: u, continuedRow: l };
}

/** The groups with each name written on below joined to the one above it (its second line in `continuedRow`). */
export function joinNamesWrittenOn(grid: Grid, groups: SeriesGroup[], nameCol: number | undefined): SeriesGroup[] {
  const roles = nameCol === undefined ? null : pairRoles(groups);
  if (nameCol === undefined || roles === null || roles.split('/').length !== 2) return groups;
  const out: SeriesGroup[] = [];
  for (let i = 0; i < groups.length; i++) {
    const pair = joined(grid, groups[i]!, groups[i + 1], nameCol, roles);
    out.push(pair ?? groups[i]!);
    if (pair) i++;
  }
  return out;
}
