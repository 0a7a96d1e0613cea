/** Tables side by side on one header row, sharing their rows (tables.ts reads each side). */
import type { Column } from './column';
import { VALUE_ROLES } from './header';

/**
 * Splits a header into side-by-side tables ("指標 … 実績 | 戦略 | 指標 … 実績(R5)") at each name
 * column that has value columns of its own; a name column without any (施策名 before 指標名)
 * stays with the table to its right.
 */
export function sideBySide(columns: Column[]): { nameCol: number; columns: Column[]; firstValue: number }[] {
  // Without a name heading, an ID column names the rows (a 実績値 sheet joined to its 目標値 sheet by ID).
  const nameRole = columns.some((c) => c.role === 'name') ? 'name' : 'id';
  const names = columns.filter((c) => c.role === nameRole).map((c) => c.col);
  const isValue = (c: Column) => c.role !== 'group' && VALUE_ROLES.has(c.role);
  const bounds: number[] = [];
  names.forEach((n, i) => {
    const next = names[i + 1] ?? Infinity;
    if (columns.some((c) => isValue(c) && c.col > n && c.col < next)) bounds.push(n);
  });
  if (bounds.length === 0) return [];
  return bounds.map((b, i) => {
    const left = i === 0 ? -Infinity : b;
    const right = i + 1 < bounds.length ? bounds[i + 1] - 1 : Infinity;
    // A value heading left of the first name column (「目標 | 指標 | 目標値」: the goal in words) is no figure of these rows.
    const cols = columns.filter((c) => c.col >= left && c.col <= right && !(isValue(c) && c.col < b));
    const firstValue = Math.min(...cols.filter(isValue).map((c) => c.col));
    const nameCol = cols.filter((c) => c.role === nameRole && c.col < firstValue).pop()!.col;
    return { nameCol, columns: cols, firstValue };
  });
}
