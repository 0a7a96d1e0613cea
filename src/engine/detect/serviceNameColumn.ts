/**
 * 「サービス」 alone heads the names of a plan's service table (サービス | 単位 | 見込量 | 実績), but beside another name heading
 * (成果指標 | サービス | 単位 | 目標値 | 実績値) it says which service the indicator belongs to: the other heading names the rows,
 * and the サービス column is no name column then.
 */
import type { Role } from '../values/labels';
import type { CellIndex } from './cells';

const BARE_SERVICE = /^サービス$/;

/** Drops the name role of a bare サービス column when another column of the header is headed as the names. */
export function serviceBesideNames<T extends { col: number; role: Role | 'group' }>(index: CellIndex, band: number[], columns: T[]): T[] {
  const bare = (col: number) => band.some((r) => BARE_SERVICE.test(index.grid.text(r, col).normalize('NFKC').replace(/\s+/g, '')));
  const names = columns.filter((c) => c.role === 'name');
  if (names.length < 2 || names.every((c) => bare(c.col))) return columns;
  return columns.filter((c) => c.role !== 'name' || !bare(c.col));
}
