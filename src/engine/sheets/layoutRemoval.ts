/**
 * Taking one entry of 読み取りの指定 out of 評価設定, in place: the entry's row takes the row below
 * it, and so on down the section, and the section's last row is emptied, as deleting the row would
 * (the section ends at the first row whose column A is blank, so an emptied row in the middle would
 * cut off the entries after it). Only the section's cells change, and only those whose value
 * changes: the rules, the rows above the entry and below the section, and cells right of the
 * section's last heading stay as they are.
 */
import { a1, parseA1 } from '../model/address';
import type { CellWrite, PlanValue } from '../model/plan';
import type { CellValue, SheetSnapshot } from '../model/port';
import { Grid } from '../detect/grid';
import { FACT_KEYS, type TaughtEntry } from '../detect/taughtLayout';
import { layoutSectionIn, readLayoutSection } from './layoutSettings';

/** planned: the writes that take `entry` (as read, with its `source`) out; missing: no such entry in the section (nothing to write). */
export type LayoutRemoval = { kind: 'planned'; entry: TaughtEntry; remaining: TaughtEntry[]; writes: CellWrite[] } | { kind: 'missing' };

const text = (v: string | null | undefined) => (v ?? '').trim();

/** Whether two entries say the same: sheet, names and every fact (where they were read from aside). */
export function sameEntry(a: TaughtEntry, b: TaughtEntry): boolean {
  return a.sheet === b.sheet && text(a.names) === text(b.names) && FACT_KEYS.every((k) => text(a[k]) === text(b[k]));
}

/**
 * The writes that take out of 評価設定 (`snap`) the entry that says what `entry` says, on its row
 * (`entry.source`, as listed) or, when that row now holds another, the one row that says the same.
 */
export function planLayoutRemoval(snap: SheetSnapshot, entry: TaughtEntry): LayoutRemoval {
  const grid = new Grid(snap);
  const section = layoutSectionIn(grid);
  const entries = readLayoutSection(snap)?.entries ?? [];
  const same = entries.filter((e) => sameEntry(e, entry));
  const found = same.find((e) => e.source === entry.source) ?? (same.length === 1 ? same[0] : undefined);
  const row = found?.source ? parseA1(found.source.slice(found.source.lastIndexOf('!') + 1))?.row : undefined;
  if (!section || !found || row === undefined) return { kind: 'missing' };
  let end = row;
  while (end < grid.bottom && grid.text(end + 1, 1).trim() !== '') end++;
  const right = Math.max(1, ...section.columns.values());
  const writes: CellWrite[] = [];
  for (let r = row; r <= end; r++)
    for (let c = 1; c <= right; c++) {
      const before = valueAt(snap, r, c);
      const after = r < end ? valueAt(snap, r + 1, c) : null;
      if (String(before ?? '') === String(after ?? '')) continue;
      writes.push({ sheet: snap.name, cell: a1(r, c), value: planValue(after), previous: before, kind: 'setting', indicator: null });
    }
  return { kind: 'planned', entry: found, remaining: entries.filter((e) => e !== found), writes };
}

/** The cell's own value (not seen through merges: each cell moves as it is). */
function valueAt(snap: SheetSnapshot, row: number, col: number): CellValue {
  return snap.values[row - snap.top]?.[col - snap.left] ?? null;
}

function planValue(v: CellValue): PlanValue {
  return typeof v === 'boolean' ? String(v).toUpperCase() : v;
}
