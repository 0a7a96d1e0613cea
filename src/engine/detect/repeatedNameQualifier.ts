/**
 * A name written again on a row of its own with another qualifier beside it (フェア来場者数 | 単年度 over フェア来場者数 | 累計, the
 * name repeated, not merged): the qualifier tells the two rows apart and stays in the name, 「name（qualifier）」, as under a merged
 * name (subRowQualifiers.ts loneSubRow; review rv73: both rows read 「フェア来場者数」, one name for two measures). Only within the
 * block (up and down to a blank name, 30 rows at most), only a row with the same name text and a qualifier of its own.
 */
import type { Grid } from './grid';

const folded = (grid: Grid, row: number, col: number) => grid.text(row, col).normalize('NFKC').replace(/\s+/g, '');

/** Whether another row of the block writes row `r`'s name on a row of its own with another qualifier in column `q`. */
export function sameNameOtherwise(grid: Grid, r: number, nameCol: number, q: number, qualifier: (g: Grid, row: number, col: number) => string | null): boolean {
  const name = folded(grid, r, nameCol);
  const own = qualifier(grid, r, q);
  const other = (row: number) => {
    const m = grid.merge(row, nameCol);
    if ((m && m.bottom > m.top) || folded(grid, row, nameCol) !== name) return false;
    const t = qualifier(grid, row, q);
    return t !== null && t !== own;
  };
  if (!name || own === null) return false;
  for (let row = r - 1; row >= Math.max(grid.top, r - 30) && folded(grid, row, nameCol); row--) if (other(row)) return true;
  for (let row = r + 1; row <= Math.min(grid.bottom, r + 30) && folded(grid, row, nameCol); row++) if (other(row)) return true;
  return false;
}

/**
 * Row `r` and the row right above or below writing the same name on a row of its own (認定農業者数 | 単年度 over 認定農業者数 |
 * 累計), or null: such a pair counted two ways is one measure, as under a merged name (countingBasisRows.ts countingBasisRow):
 * the row carrying the one target is the indicator, the other its companion, no indicator of its own (review rv76).
 */
export function repeatedPair(grid: Grid, r: number, nameCol: number): number[] | null {
  const name = folded(grid, r, nameCol);
  const single = (row: number) => !((grid.merge(row, nameCol)?.bottom ?? row) > (grid.merge(row, nameCol)?.top ?? row));
  if (!name || !single(r)) return null;
  const same = [r - 1, r + 1].filter((row) => row >= grid.top && row <= grid.bottom && single(row) && folded(grid, row, nameCol) === name);
  return same.length === 1 ? [Math.min(r, same[0]!), Math.max(r, same[0]!)] : null;
}
