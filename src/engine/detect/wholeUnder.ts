/**
 * A heading spanning sub-columns that split its figure into parts and give their whole (上半期 | 下半期 | 年間 under a year,
 * 中央圏域 | 北部圏域 | 市全体 under 実績): the whole's column, read from the row under the heading. Shared by
 * periodWholeColumn.ts (parts of a period) and areaWholeColumn.ts (parts of the place), which say what a part and the whole are.
 */
import type { Grid } from './grid';

export interface WholeUnderRule {
  /** A sub-heading's kind; null: neither, and the split is not read. */
  kind: (text: string) => 'part' | 'whole' | null;
  /** How many parts the whole needs beside it. */
  minParts: number;
  /** Whether a blank sub-heading is passed over (else it ends the reading: no whole). */
  skipBlank: boolean;
}

/**
 * The whole's column under a heading at (row, col) spanning `col`…`right`: every sub-heading on the row under it a part or
 * the one whole, each in its own unmerged cell, with at least `minParts` parts. Null otherwise.
 */
export function wholeUnder(grid: Grid, row: number, col: number, right: number, rule: WholeUnderRule): number | null {
  if (right <= col) return null;
  const below = (grid.merge(row, col)?.bottom ?? row) + 1;
  let whole: number | null = null;
  let parts = 0;
  for (let c = col; c <= right; c++) {
    const a = grid.anchor(below, c);
    if (a.row !== below || a.col !== c) return null;
    const text = grid.text(below, c);
    if (!text && rule.skipBlank) continue;
    const kind = text ? rule.kind(text) : null;
    if (!kind || (kind === 'whole' && whole !== null)) return null;
    if (kind === 'whole') whole = c;
    else parts++;
  }
  return parts >= rule.minParts ? whole : null;
}
