/**
 * A small table beside a table on the same header row, with no name heading of its own (「（参考）排出係数」:
 * 区分 | 係数 | 単位 right of 項目 | 単位 | R2 … R5 | 削減目標, after a blank column): its columns are not the
 * table's, so its 単位 column never gives the table's rows their unit. Right of the table's last column of figures,
 * a column blank down the whole header band followed by a 区分 / No. heading (a table's first column) starts the table
 * beside: the columns from there on are cut off. A heading right after a blank column that is none of these (備考 past
 * a spacer column) stays the table's, and so do a 区分 and the 評価 after it (a table beside grades nothing).
 */
import type { Column } from './column';
import type { Grid } from './grid';
import { VALUE_ROLES } from './header';

const FIRST_COLUMN_ROLES = new Set<Column['role']>(['category', 'id']);

/** The columns of a table side without those of a table beside it on the right (none cut: the columns as they are). */
export function withoutTableBeside(grid: Grid, band: number[], columns: Column[]): Column[] {
  const figures = columns.filter((c) => c.role !== 'group' && (VALUE_ROLES.has(c.role) || c.role === 'baseline'));
  if (!figures.length) return columns;
  const last = Math.max(...figures.map((c) => c.col));
  const right = columns.filter((c) => c.col > last).sort((a, b) => a.col - b.col);
  let prev = last;
  for (const c of right) {
    if (c.col > prev + 1 && FIRST_COLUMN_ROLES.has(c.role) && blankBand(grid, band, prev + 1, c.col - 1) && !gradesFrom(right, c.col))
      return columns.filter((k) => k.col < c.col);
    prev = c.col;
  }
  return columns;
}

/**
 * A 評価 column from `col` on: the indicators' grades, written past a spacer and a 区分 column (「… | 実績値 | | 区分 | 評価」).
 * A table beside of other figures grades nothing, so such columns are the table's own.
 */
const gradesFrom = (right: Column[], col: number) => right.some((k) => k.col >= col && k.role === 'grade');

/** No text in the header band in any of the columns `from`…`to`. */
function blankBand(grid: Grid, band: number[], from: number, to: number): boolean {
  for (let col = from; col <= to; col++) if (band.some((r) => grid.text(r, col) !== '')) return false;
  return true;
}
