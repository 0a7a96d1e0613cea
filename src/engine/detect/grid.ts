/**
 * A sheet snapshot with merged areas resolved: every cell of a merged area reads the value
 * of its top-left cell, so "指　標 ①" merged over A9:A10 is seen from A10 too.
 */
import { parseRange, type RangeRef } from '../model/address';
import type { CellValue, SheetSnapshot } from '../model/port';
import { memo, oneLine } from '../values/text';

/** A merged area larger than this (after clipping) is layout, not content. */
const MERGE_CELLS = 100000;
/** How many merged cells one sheet may resolve in all. */
const MERGE_BUDGET = 1000000;
/** A used range of at most this many cells keeps its merged cells in a table of one number per cell (4 MB at most). */
const MERGE_TABLE = 1000000;

/** Merged areas repeat across sheets and workbooks ("A1:C1"): each parsed once. */
const mergeRange = memo(parseRange);

export class Grid {
  readonly name: string;
  readonly top: number;
  readonly left: number;
  readonly bottom: number;
  readonly right: number;
  private readonly snap: SheetSnapshot;
  private readonly values: CellValue[][];
  private readonly width: number;
  /**
   * The merged area of each cell of the used range, as 1 + its index in `areas` (0: not merged), when the range is small
   * enough for one number per cell (MERGE_TABLE); else null and every merged cell is in `mergeAt`, as are those outside the range.
   */
  private readonly mergeIds: Int32Array | null = null;
  private readonly areas: RangeRef[] = [];
  private readonly mergeAt = new Map<number, RangeRef>();
  /** Each cell's one-line text, made on first use: the reader asks for the same cells many times. */
  private readonly lines: (string | undefined)[][] = [];
  /** The hidden rows as a set, made on first use. */
  private hiddenRows: Set<number> | undefined;

  constructor(snap: SheetSnapshot) {
    this.snap = snap;
    this.values = snap.values;
    this.name = snap.name;
    this.top = snap.top;
    this.left = snap.left;
    let width = 0;
    for (const row of snap.values) if (row.length > width) width = row.length;
    this.width = width;
    this.bottom = snap.top + snap.values.length - 1;
    this.right = snap.left + width - 1;
    if (snap.merges.length && width * snap.values.length <= MERGE_TABLE) this.mergeIds = new Int32Array(width * snap.values.length);
    // An area larger than MERGE_CELLS (a merge over a whole column, or over the rest of the sheet)
    // is layout, not content; the others' cells are counted against a budget, so that many large
    // areas cannot drive the work either.
    let budget = MERGE_BUDGET;
    for (const m of snap.merges) {
      const r = mergeRange(m);
      if (!r) continue;
      const cells = (r.bottom - r.top + 1) * (r.right - r.left + 1);
      if (cells > MERGE_CELLS || cells > budget) continue;
      budget -= cells;
      this.areas.push(r);
      for (let row = r.top; row <= r.bottom; row++) for (let col = r.left; col <= r.right; col++) this.setMerge(row, col, r);
    }
  }

  private setMerge(row: number, col: number, r: RangeRef): void {
    const i = this.cellIndex(row, col);
    if (i >= 0 && this.mergeIds) this.mergeIds[i] = this.areas.length;
    else this.mergeAt.set(key(row, col), r);
  }

  /** The cell's place in `mergeIds` (-1 outside the used range). */
  private cellIndex(row: number, col: number): number {
    const i = row - this.top;
    const j = col - this.left;
    return i >= 0 && j >= 0 && i < this.values.length && j < this.width ? i * this.width + j : -1;
  }

  /** The value stored in the cell itself (null for an empty cell or one outside the range). */
  raw(row: number, col: number): CellValue {
    const r = this.values[row - this.top];
    if (!r) return null;
    const v = r[col - this.left];
    return v === undefined || v === '' ? null : v;
  }

  /** The value seen at the cell: its merged area's top-left value when merged. */
  value(row: number, col: number): CellValue {
    const m = this.merge(row, col);
    return m ? this.raw(m.top, m.left) : this.raw(row, col);
  }

  /** The value as one line of text ("" when empty). */
  text(row: number, col: number): string {
    const m = this.merge(row, col);
    const r = m ? m.top : row;
    const c = m ? m.left : col;
    const v = this.raw(r, c);
    if (v === null) return '';
    const line = (this.lines[r - this.top] ??= []);
    return (line[c - this.left] ??= oneLine(String(v)));
  }

  /** The value as written, line breaks kept. */
  fullText(row: number, col: number): string {
    const v = this.value(row, col);
    return v === null ? '' : String(v);
  }

  formula(row: number, col: number): string | null {
    const m = this.merge(row, col);
    const r = m ? m.top : row;
    const c = m ? m.left : col;
    return this.snap.formulas?.[r - this.top]?.[c - this.left] ?? null;
  }

  numberFormat(row: number, col: number): string | null {
    const m = this.merge(row, col);
    const r = m ? m.top : row;
    const c = m ? m.left : col;
    return this.snap.numberFormats?.[r - this.top]?.[c - this.left] ?? null;
  }

  merge(row: number, col: number): RangeRef | null {
    if (this.mergeIds) {
      const i = this.cellIndex(row, col);
      if (i >= 0) {
        const id = this.mergeIds[i];
        return id ? this.areas[id - 1] : null;
      }
    }
    return this.mergeAt.size ? (this.mergeAt.get(key(row, col)) ?? null) : null;
  }

  /** The last column of the cell's merged area (the cell's own column when not merged). */
  rightEdge(row: number, col: number): number {
    return this.merge(row, col)?.right ?? col;
  }

  /** The top-left cell of the merged area containing the cell. */
  anchor(row: number, col: number): { row: number; col: number } {
    const m = this.merge(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }

  /** Whether the author hid the row (SheetSnapshot.hiddenRows; what stands in it is taken out after reading, hiddenCells.ts). */
  rowHidden(row: number): boolean {
    if (!this.snap.hiddenRows?.length) return false;
    this.hiddenRows ??= new Set(this.snap.hiddenRows);
    return this.hiddenRows.has(row);
  }

  isBlank(row: number, col: number): boolean {
    return this.value(row, col) === null;
  }

  /** Calls `fn` with each stored cell that holds a value (as raw() reads it), row by row: a scan of the whole sheet that skips its blanks. */
  forEachValue(fn: (row: number, col: number, value: NonNullable<CellValue>) => void): void {
    for (let i = 0; i < this.values.length; i++) {
      const r = this.values[i];
      if (!r) continue;
      for (let j = 0; j < r.length; j++) {
        const v = r[j];
        if (v !== null && v !== undefined && v !== '') fn(this.top + i, this.left + j, v);
      }
    }
  }

  /** Iterates the non-empty cells of one row (merged continuations excluded). */
  *rowCells(row: number): Generator<{ col: number; value: CellValue }> {
    const r = this.values[row - this.top];
    if (!r) return;
    for (let i = 0; i < r.length; i++) {
      const v = r[i];
      if (v !== null && v !== undefined && v !== '') yield { col: this.left + i, value: v };
    }
  }
}

function key(row: number, col: number): number {
  return row * 20000 + col;
}
