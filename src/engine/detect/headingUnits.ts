/**
 * A unit written in the value columns' headings of a table: 「計画値（人）」「実績値（人）」, under a merged
 * 令和5年度 band or not. It is every row's unit when the table has no 単位 column and the name says none,
 * and only when the headings that write one agree (「目標（人）」 beside 「実績（件）」 says nothing).
 */
import { parseA1 } from '../model/address';
import { unitFromName } from '../values/units';
import type { Grid } from './grid';
import { VALUE_ROLES, type Column } from './header';

/** The one unit the value columns' headings write, with the first heading cell that writes it; null when none or several. */
export function unitFromHeadings(grid: Grid, columns: Column[]): { unit: string; cell: string } | null {
  const found = new Map<string, string>();
  for (const c of columns) {
    if (c.role === 'group' || !VALUE_ROLES.has(c.role)) continue;
    for (const cell of c.cells) {
      const ref = parseA1(cell);
      const unit = ref ? unitFromName(grid.text(ref.row, ref.col)) : undefined;
      if (unit && !found.has(unit)) found.set(unit, cell);
    }
  }
  if (found.size !== 1) return null;
  const [[unit, cell]] = [...found];
  return { unit, cell };
}
