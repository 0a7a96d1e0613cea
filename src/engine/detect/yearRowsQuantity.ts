/**
 * A years-as-rows table headed by its quantity alone (年度 | 対象者数 | 受診者数 | 受診率（％） | 目標受診率（％）, yearRows.ts):
 * - the heading of the target's words without 目標 (「受診率（％）」 beside 「目標受診率（％）」) is the actual the target is set
 *   for (targetTwins.ts), when the table has no actual heading of that quantity; a rate named in full (「狂犬病予防注射率」
 *   beside 「目標注射率」) is that actual too, and its heading the indicator's name;
 * - a caption on a line above the header naming an indicator of that quantity (「① 胃がん検診受診率」 over 受診率 /
 *   目標受診率) is the indicator's name: the headings say what is counted, the caption whose it is.
 */
import { a1 } from '../model/address';
import type { Role } from '../values/labels';
import type { CellIndex } from './cells';
import type { Grid } from './grid';
import { cleanName, isNotAName } from './names';
import { isQualifiedTwinOf, isTwinOf } from './targetTwins';

/** A measure column of the table (yearRows.ts MeasureColumn). */
export interface QuantityMeasure {
  col: number;
  role: Role;
  name: string;
  nameCell: string;
}

/** The table's columns with no measure whose heading is a target column's twin, as that quantity's actuals. */
export function twinActualColumns(grid: Grid, headerRow: number, cols: number[], measures: QuantityMeasure[]): QuantityMeasure[] {
  const out: QuantityMeasure[] = [];
  const key = (m: QuantityMeasure) => cleanName(m.name).name;
  for (const t of measures) {
    if (t.role !== 'target' || measures.some((m) => m.role === 'actual' && key(m) === key(t))) continue;
    const targetHeading = grid.fullText(headerRow, t.col);
    const free = cols.filter((c) => !measures.some((m) => m.col === c));
    const twins = free.filter((c) => isTwinOf(grid.fullText(headerRow, c), targetHeading));
    if (twins.length === 1) out.push({ col: twins[0], role: 'actual', name: t.name, nameCell: t.nameCell });
    if (twins.length) continue;
    // 「狂犬病予防注射率」 beside 「目標注射率」: the rate named in full names the target's indicator too.
    const named = free.filter((c) => isQualifiedTwinOf(grid.fullText(headerRow, c), targetHeading));
    if (named.length !== 1) continue;
    t.name = grid.fullText(headerRow, named[0]);
    t.nameCell = a1(headerRow, named[0]);
    out.push({ col: named[0], role: 'actual', name: t.name, nameCell: t.nameCell });
  }
  return out;
}

/**
 * The caption naming the table's one quantity: the first text of the nearest line above the header, within the table's
 * columns, whose name ends with the quantity's and is longer (「胃がん検診受診率」 for 受診率). Null when the measures name
 * more than one quantity, or no such line stands within three rows.
 */
export function quantityCaption(
  grid: Grid,
  index: CellIndex,
  headerRow: number,
  block: { from: number; to: number },
  measures: QuantityMeasure[],
): { text: string; cell: string } | null {
  const names = new Set(measures.map((m) => cleanName(m.name).name));
  if (names.size !== 1) return null;
  const [quantity] = [...names];
  if (!quantity) return null;
  for (let r = headerRow - 1; r >= headerRow - 3 && r >= grid.top; r--) {
    const first = index.row(r).find((c) => c.text && c.col >= block.from && c.col <= block.to);
    if (!first) continue;
    const name = cleanName(first.text).name;
    if (first.label || first.period || isNotAName(name)) return null;
    return name.length > quantity.length && name.endsWith(quantity) ? { text: first.text, cell: a1(r, first.col) } : null;
  }
  return null;
}
