/**
 * Rating labels and rating rows, as a clerk reads them:
 * - a rating label may carry the scale it is graded on: 「施策の評価（Ａ～Ｄ）」 is 施策の評価;
 * - a row labelled as a rating (「基本目標の評価」「総合評価」「評価結果」「達成度評価」) whose other cells
 *   are empty or a grade is the rating cell of the table above it, never an indicator;
 * - tables stacked down a sheet, each ending in such a row, are each rated by their own row: the
 *   rows from the end of the table before (or the sheet's top) down to its rating row.
 */
import { isDepartmentLine } from '../values/departmentLine';
import { SCALE_HINT } from '../values/labels';
import { withoutPreviousBracketNote } from '../values/previousBracketNote';
import { findPeriod } from '../values/periods';
import { compact, normalizeText } from '../values/text';
import type { CellIndex, IndexedCell } from './cells';
import type { Grid } from './grid';
import { isGradeName } from './tally';
import { isPreviousRatingLabel, withoutPreviousLabel } from './previousRatingLabel';

/**
 * A label's words, compacted, without the scale named after it: 「施策の評価（Ａ～Ｄ）」 → 施策の評価; nor a line under it saying the
 * bracketed grade is last year's: 「施策の達成状況⏎（　）は前年度」 → 施策の達成状況 (values/previousBracketNote.ts).
 */
export function ratingLabelText(text: string): string {
  return compact(normalizeText(withoutPreviousBracketNote(text)))
    .toUpperCase()
    .replace(SCALE_HINT, '');
}

/** The words of a row that rates a group: …の評価 / …の総合評価 / …の達成度, 総合評価, 評価結果, 達成度評価, 達成状況評価. */
const RATING_ROW = /^(?:\S{1,12}の(?:評価|総合評価|達成度評価?|達成状況評価?)|総合評価|評価結果|総合判定|達成度評価|達成状況評価)$/;

/**
 * Whether a label names a rating row (its scale hint aside); a cheap test first: no 評価, 判定 or 達成
 * in it, no rating. A label with a year (「令和5年度の評価」) is a heading or a column's, not a group's rating.
 */
export function isRatingRowLabel(text: string): boolean {
  if (text.length > 24 || !/評価|判定|達成/.test(text)) return false;
  return RATING_ROW.test(ratingLabelText(text)) && !findPeriod(text);
}

/** Last year's grade in brackets: 「（B）」. */
const BRACKETED = /^[(（](.+)[)）]$/;

type At = { row: number; col: number };

/** A grade followed by its meaning: 「A：順調」「Ｂ＝概ね順調」「◎:達成」. */
const LEGEND_ENTRY = /(?:^|[^A-Z])[A-ES◎○〇△×][:：=＝]/g;

/**
 * The scale's legend printed beside a rating (「（A：順調　B：概ね順調　C：やや遅れている　D：遅れている）」): two
 * grades or more each with its meaning, a key to the reader, not a grade. `t` is compacted and upper-cased.
 */
export function isScaleLegend(t: string): boolean {
  return (t.match(LEGEND_ENTRY) ?? []).length >= 2;
}

/**
 * The grade cells of a rating row: right of its label stand at most one grade (「B」「◎」「概ね順調」)
 * and last year's 「（B）」, nothing else; null when the row is no rating row (a figure makes it an
 * indicator whatever its name; a row of grades, one per column, is no group's rating).
 */
export function ratingRowGrades(grid: Grid, label: At): { grade: At | null; previous: At | null } | null {
  const own = grid.text(label.row, label.col);
  if (!isRatingRowLabel(own)) return null;
  const out: { grade: At | null; previous: At | null } = { grade: null, previous: null };
  // 「前年度 | B」 after the rating: the grade after the label is last year's (previousRatingLabel.ts).
  let lastYear = false;
  for (let c = grid.rightEdge(label.row, label.col) + 1; c <= grid.right; c = grid.rightEdge(label.row, c) + 1) {
    const v = grid.raw(label.row, c);
    if (v === null || v === '') continue;
    if (typeof v !== 'string') return null;
    // The same label again: the rating of the table beside (tables side by side each rated on one row).
    if (ratingLabelText(v) === ratingLabelText(own)) break;
    const t = compact(normalizeText(v)).toUpperCase();
    if (isScaleLegend(t)) continue;
    if (!lastYear && !out.previous && isPreviousRatingLabel(t)) {
      lastYear = true;
      continue;
    }
    const bracket = BRACKETED.exec(t);
    const key = bracket || lastYear ? 'previous' : 'grade';
    // 「（前年度：B）」: last year's grade labelled inside its brackets (previousRatingLabel.ts).
    if (!isGradeName(bracket ? withoutPreviousLabel(bracket[1]) : t) || out[key]) return null;
    out[key] = { row: label.row, col: c };
    lastYear = false;
  }
  return out;
}

/** Whether the row at `label` is a rating row (ratingRowGrades). */
export function isRatingRow(grid: Grid, label: At): boolean {
  return ratingRowGrades(grid, label) !== null;
}

/**
 * An empty rating row leaves a cell for the grade: one right of its label inside the sheet, and no
 * sentence under the label (「総合評価」 over a paragraph heads a narrative box, not a grade).
 */
function ratingSlot(grid: Grid, label: IndexedCell): boolean {
  if (label.right >= grid.right) return false;
  const below = (grid.merge(label.row, label.col)?.bottom ?? label.row) + 1;
  return below > grid.bottom || grid.text(below, label.col).length <= 20;
}

/** A rating row's label cell, its grade cells and the rows of the table it rates. */
export interface RatingRow {
  label: IndexedCell;
  /** The grade written in the row (anywhere right of the label), null when none is. */
  grade: At | null;
  previous: At | null;
  top: number;
  bottom: number;
  /** The table's heading: a row holding one text alone over the table (「基本目標１　しごとをつくる」). */
  heading: string | null;
  /** Tables side by side each rated on one row: the columns of this one (from its label to the next's). */
  left?: number;
  right?: number;
}

/** A row of two or more headings (labels, periods): a table's header. */
const isHeaderRow = (cells: IndexedCell[] | undefined) => (cells ?? []).filter((c) => c.period || c.label).length >= 2;

type Cols = { left?: number; right?: number };

/**
 * One text alone in the row (no label, no period), in the given columns: a heading. A department line beside it
 * (「施策3-1　地域福祉の推進 | 担当課：福祉総務課」) says who is in charge and leaves the heading alone (departmentLine.ts).
 */
function headingText(cells: IndexedCell[] | undefined, cols: Cols = {}): string | null {
  const inCols = (c: IndexedCell) => c.col >= (cols.left ?? -Infinity) && c.col <= (cols.right ?? Infinity);
  const filled = (cells ?? []).filter((c) => (c.text.trim() || c.period) && inCols(c) && !isDepartmentLine(c.text));
  return filled.length === 1 && !filled[0].label && !filled[0].period ? filled[0].text.trim() : null;
}

/** The last heading line in top..bottom before the first row of several cells (in the given columns). */
function headingOf(index: CellIndex, top: number, bottom: number, cols: Cols = {}): string | null {
  let heading: string | null = null;
  for (let r = top; r < bottom; r++) {
    const cells = index.rows
      .get(r)
      ?.filter((c) => (c.text.trim() || c.period) && c.col >= (cols.left ?? -Infinity) && c.col <= (cols.right ?? Infinity) && !isDepartmentLine(c.text));
    if (!cells?.length) continue;
    if (cells.length > 1) break;
    heading = headingText(cells);
  }
  return heading;
}

/** The nearest heading line above a row (blank rows between allowed, up to three rows). */
function headingAbove(index: CellIndex, row: number, top: number, cols: Cols = {}): string | null {
  for (let r = row - 1; r >= Math.max(top, row - 3); r--) {
    const cells = index.rows.get(r);
    if (cells?.some((c) => c.text.trim() && c.col >= (cols.left ?? -Infinity) && c.col <= (cols.right ?? Infinity))) return headingText(cells, cols);
  }
  return null;
}

/**
 * The rating rows among `candidates` (cells whose text is a rating label), one per row, in row order.
 * Rows under their tables (a table's header above the first) each own the rows after the previous
 * rating row (the sheet's top for the first) down to their own; rows over their tables (no header
 * above the first) each own the rows from their own down to the next.
 */
export function ratingRows(grid: Grid, index: CellIndex, candidates: IndexedCell[]): RatingRow[] {
  const found = new Map<number, RatingRow[]>();
  for (const c of candidates) {
    const same = found.get(c.row);
    // Another label on a row already found: only the same label again (tables side by side, each rated).
    if (same && ratingLabelText(same[0].label.text) !== ratingLabelText(c.text)) continue;
    const g = ratingRowGrades(grid, c);
    if (g && (g.grade || ratingSlot(grid, c))) found.set(c.row, [...(same ?? []), { label: c, ...g, top: 0, bottom: 0, heading: null }]);
  }
  const rows = [...found.values()].sort((a, b) => a[0].label.row - b[0].label.row);
  if (!rows.length) return [];
  let under = false;
  for (let r = grid.top; r < rows[0][0].label.row && !under; r++) under = isHeaderRow(index.rows.get(r));
  for (const [i, line] of rows.entries()) {
    const row = line[0].label.row;
    const [top, bottom] = under ? [i ? rows[i - 1][0].label.row + 1 : grid.top, row] : [row, i < rows.length - 1 ? rows[i + 1][0].label.row - 1 : grid.bottom];
    line.sort((a, b) => a.label.col - b.label.col);
    for (const [k, x] of line.entries()) {
      const cols = line.length > 1 ? { left: k ? x.label.col : grid.left, right: k < line.length - 1 ? line[k + 1].label.col - 1 : grid.right } : {};
      Object.assign(x, { top, bottom, ...cols });
      x.heading = under ? headingOf(index, top, bottom, cols) : headingAbove(index, row, i ? rows[i - 1][0].label.row + 1 : grid.top, cols);
    }
  }
  return rows.flat();
}
