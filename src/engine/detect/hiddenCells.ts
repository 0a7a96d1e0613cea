/**
 * What the author put out of sight: the rows and columns hidden on a sheet (SheetSnapshot.hiddenRows,
 * hiddenColumns). A clerk reads the sheet as it shows — a 前年度実績 or 計算用 helper column, the row of
 * an indicator dropped years ago — so no indicator is read from a hidden row (or a name in a hidden
 * column) and no figure or grade from a hidden cell. The layout is still read across them (old years'
 * rows hidden between a header and this year's row leave the table one table). What was left unread is
 * said, never dropped silently: check turns it into a `hidden-cells-skipped` finding.
 */
import { a1, parseA1, parseRange } from '../model/address';
import type { CellValue, SheetSnapshot } from '../model/port';
import type { HiddenContent, RawIndicator, SheetDetection } from './types';

export type { HiddenContent } from './types';

type At = { row: number; col: number };

const filled = (v: CellValue | undefined): boolean => v !== null && v !== undefined && v !== '';

/**
 * Takes out of a sheet's detection what stands in its hidden rows and columns: indicators whose name
 * cell is hidden, and every figure, grade and previous grade read from a hidden cell.
 */
export function dropHidden(snap: SheetSnapshot, detection: SheetDetection): void {
  const rows = new Set(snap.hiddenRows ?? []);
  const cols = new Set(snap.hiddenColumns ?? []);
  if (!rows.size && !cols.size) return;
  // A merged area whose top-left cell is hidden but which reaches a shown row and column shows its text there.
  const showsElsewhere = shownMerges(snap, rows, cols);
  const isHidden = (row: number, col: number) => (rows.has(row) || cols.has(col)) && !showsElsewhere.has(a1(row, col));
  const hidden = (cell: string | undefined) => {
    const at = cell ? parseA1(cell) : null;
    return !!at && isHidden(at.row, at.col);
  };
  const shown = (p: At) => !isHidden(p.row, p.col);
  const dropped = detection.indicators.filter((i) => hidden(i.nameCell));
  detection.indicators = detection.indicators.filter((i) => !hidden(i.nameCell));
  for (const ind of detection.indicators) hideFacts(ind, shown, hidden);
  const content = hiddenContent(snap, isHidden);
  if (content) detection.hidden = { ...content, indicators: dropped.map((i) => i.name) };
}

function hideFacts(ind: RawIndicator, shown: (p: At) => boolean, hidden: (cell: string | undefined) => boolean): void {
  ind.actuals = ind.actuals.filter(shown);
  ind.targets = ind.targets.filter(shown);
  ind.baselines = ind.baselines.filter(shown);
  if (ind.gradeCells) ind.gradeCells = ind.gradeCells.filter(shown);
  if (hidden(ind.gradeCell?.cell)) delete ind.gradeCell;
  if (hidden(ind.previousGradeCell?.cell)) delete ind.previousGradeCell;
}

/** The hidden rows and columns that hold something (cells of the used range), or null when none does. */
function hiddenContent(snap: SheetSnapshot, isHidden: (row: number, col: number) => boolean): Omit<HiddenContent, 'indicators'> | null {
  const rows = new Set(snap.hiddenRows ?? []);
  const cols = new Set(snap.hiddenColumns ?? []);
  const outRows = new Set<number>();
  const outCols = new Set<number>();
  let first: string | null = null;
  snap.values.forEach((line, i) => {
    const row = snap.top + i;
    line.forEach((v, j) => {
      const col = snap.left + j;
      if (!filled(v) || !isHidden(row, col)) return;
      if (rows.has(row)) outRows.add(row);
      if (cols.has(col)) outCols.add(col);
      first ??= a1(row, col);
    });
  });
  if (first === null) return null;
  const sort = (s: Set<number>) => [...s].sort((a, b) => a - b);
  return { rows: sort(outRows), columns: sort(outCols), first };
}

/** The top-left cells of merged areas that are hidden but reach a row and a column that are shown. */
function shownMerges(snap: SheetSnapshot, rows: Set<number>, cols: Set<number>): Set<string> {
  const out = new Set<string>();
  for (const m of snap.merges) {
    const r = parseRange(m);
    if (!r || (!rows.has(r.top) && !cols.has(r.left))) continue;
    let rowShown = false;
    for (let x = r.top; x <= r.bottom && !rowShown; x++) rowShown = !rows.has(x);
    let colShown = false;
    for (let x = r.left; x <= r.right && !colShown; x++) colShown = !cols.has(x);
    if (rowShown && colShown) out.add(a1(r.top, r.left));
  }
  return out;
}
