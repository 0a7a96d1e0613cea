/**
 * The 実績 and 備考 headings near the actuals of a sheet, each cell classified at most once: the search for the 備考 of
 * each actual's line (remarkQualifiers.ts) looks at the same heading cells for every figure of a column or a row.
 * A cell reads as `Grid.text` sees it (a merged area as its top-left cell), so the roles are those of classifyLabel.
 */
import { classifyLabel } from '../values/labels';
import { stripNote } from '../values/text';
import { a1 } from '../model/address';
import type { Grid } from './grid';
import type { Point } from './types';

export type HeadingRole = 'actual' | 'note';

const UNKNOWN = 0;
const OTHER = 1;
const ACTUAL = 2;
const NOTE = 3;

export class RemarkHeadings {
  private readonly width: number;
  /** Per cell of the sheet's range: not looked at yet, another role, 実績, 備考. */
  private readonly roles: Uint8Array;
  /** Per heading row and column: the nearest 備考 heading's column (−1 when none). */
  private readonly nearestNotes = new Map<number, number>();

  constructor(private readonly grid: Grid) {
    this.width = grid.right - grid.left + 1;
    this.roles = new Uint8Array(Math.max(0, this.width * (grid.bottom - grid.top + 1)));
  }

  /** The cell's role when it reads 実績 or 備考 (as a heading or a row label), else undefined. */
  at(row: number, col: number): HeadingRole | undefined {
    const { grid } = this;
    if (row < grid.top || row > grid.bottom || col < grid.left || col > grid.right) return roleOf(grid, row, col);
    const i = (row - grid.top) * this.width + (col - grid.left);
    if (this.roles[i] === UNKNOWN) {
      const role = roleOf(grid, row, col);
      this.roles[i] = role === 'actual' ? ACTUAL : role === 'note' ? NOTE : OTHER;
    }
    const code = this.roles[i];
    return code === ACTUAL ? 'actual' : code === NOTE ? 'note' : undefined;
  }

  /** The nearest row above `row`, at most `reach` rows up, whose cell in `col` reads 実績, or null. */
  actualAbove(row: number, col: number, reach: number): number | null {
    for (let hr = row - 1; hr >= Math.max(this.grid.top, row - reach); hr--) if (this.at(hr, col) === 'actual') return hr;
    return null;
  }

  /** On row `row`, the column other than `col`, at most `reach` columns away, that reads 備考 nearest `col` (the left one of two as near), or null. */
  nearestNote(row: number, col: number, reach: number): number | null {
    const { grid } = this;
    const k = key(row, col);
    let best = this.nearestNotes.get(k);
    if (best === undefined) {
      best = -1;
      for (let c = Math.max(grid.left, col - reach); c <= Math.min(grid.right, col + reach); c++)
        if (c !== col && this.at(row, c) === 'note' && (best === -1 || Math.abs(c - col) < Math.abs(best - col))) best = c;
      this.nearestNotes.set(k, best);
    }
    return best === -1 ? null : best;
  }
}

/** One number per cell: a sheet has at most 16,384 columns. */
function key(row: number, col: number): number {
  return row * 20000 + col;
}

/** A number or a yes/no has none of the letters of 実績 or 備考 (nor of actual, result, note, remark): only a text can be one. */
function roleOf(grid: Grid, row: number, col: number): HeadingRole | undefined {
  if (typeof grid.value(row, col) !== 'string') return undefined;
  const text = grid.text(row, col);
  if (longerThanLabel(text)) return undefined;
  const role = classifyLabel(text)?.role;
  return role === 'actual' || role === 'note' ? role : undefined;
}

/** Characters NFKC may fold together with the one before them: combining marks, Hangul jamo, half-width sound marks, characters beyond the BMP (two UTF-16 units that may become one). */
export const FOLDS = /[\p{M}\u{10000}-\u{10ffff}\u1100-\u11ff\u3130-\u318f\ua960-\ua97f\ud7b0-\ud7ff\uffa0-\uffdc\uff9e\uff9f\ud800-\udfff]/u;

/**
 * Whether a text is surely longer than any label classifyLabel knows (24 characters once normalised, white space and ※ notes
 * removed), counted without normalising it: each character left by NFKC is at least one, unless it folds into the one before.
 */
function longerThanLabel(text: string): boolean {
  if (text.length <= 24) return false;
  const kept = stripNote(text).replace(/\s+/g, '');
  return kept.length > 24 && !FOLDS.test(kept);
}

/** A remark naming another measure is about that measure, not the actual beside it. */
export const OTHER_MEASURE = /(目標|計画|基準|前年|昨年)/;

/** A remark: its words and cell. */
export interface Remark {
  text: string;
  cell: string;
}

/** The 備考 column of the actual's row: on the nearest heading row above that heads the actual's column 実績, the nearest 備考 heading (within `reach`). */
export function remarkOnRow(grid: Grid, headings: RemarkHeadings, p: Point, reach: number): Remark | null {
  const hr = headings.actualAbove(p.row, p.col, reach);
  const best = hr === null ? null : headings.nearestNote(hr, p.col, reach);
  return best === null ? null : { text: grid.text(p.row, best), cell: a1(p.row, best) };
}

/**
 * The 備考 cell on the actual's row when its column is headed by the quantity alone, no 実績 word (年度 | 受診率（％） | 目標受診率（％） |
 * 備考, years as rows): the heading is the first text above the figure in its column, figures and blanks between, and the 備考 heading
 * stands on that heading's row.
 */
export function remarkUnderQuantityHeading(grid: Grid, headings: RemarkHeadings, p: Point, reach: number): Remark | null {
  for (let hr = p.row - 1; hr >= Math.max(grid.top, p.row - reach); hr--) {
    const v = grid.value(hr, p.col);
    if (v === null || typeof v === 'number') continue;
    const best = headings.nearestNote(hr, p.col, reach);
    return best === null ? null : { text: grid.text(p.row, best), cell: a1(p.row, best) };
  }
  return null;
}
