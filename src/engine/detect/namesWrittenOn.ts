/**
 * A name written on into the cell below, not merged, in a table of row pairs (目標 / 実績 rows under each name):
 * 「中心市街地の歩行者」 over 「通行量（人）」, the upper cell beside the 目標 row, the lower beside the 実績 row. Where the
 * table's other names each cover the whole pair (merged over both rows, or written again), two such one-row groups whose
 * rows, taken together, are one pair in the pair's order are one indicator, named by both cells as one name over two lines.
 */
import type { Grid } from './grid';
import type { SeriesGroup } from './blockTypes';

/** The roles of the row pairs: the one sequence every group of two or more rows has, else null. */
function pairRoles(groups: SeriesGroup[]): string | null {
  const full = new Set(groups.filter((g) => g.series.length >= 2).map((g) => g.series.map((s) => s.role).join('/')));
  return full.size === 1 ? [...full][0]! : null;
}

/** The group is one row beside an unmerged name cell of its own. */
function oneNamedRow(grid: Grid, g: SeriesGroup, nameCol: number): boolean {
  return g.series.length === 1 && g.nameRow === g.series[0]!.row && !grid.merge(g.nameRow, nameCol) && grid.text(g.nameRow, nameCol) !== '';
}

/** The groups with each name written on below joined to the one above it (its second line in `continuedRow`). */
export function joinNamesWrittenOn(grid: Grid, groups: SeriesGroup[], nameCol: number | undefined): SeriesGroup[] {
  const roles = nameCol === undefined ? null : pairRoles(groups);
  if (nameCol === undefined || roles === null || roles.split('/').length !== 2) return groups;
  const out: SeriesGroup[] = [];
  for (let i = 0; i < groups.length; i++) {
    const [upper, lower] = [groups[i]!, groups[i + 1]];
    const joins =
      !!lower &&
      oneNamedRow(grid, upper, nameCol) &&
      oneNamedRow(grid, lower, nameCol) &&
      lower.nameRow === upper.nameRow! + 1 &&
      `${upper.series[0]!.role}/${lower.series[0]!.role}` === roles;
    if (!joins) {
      out.push(upper);
      continue;
    }
    out.push({ series: [...upper.series, ...lower.series], nameRow: upper.nameRow, continuedRow: lower.nameRow });
    i++;
  }
  return out;
}
