/**
 * Rating labels and rating rows, as a clerk reads them:
 * - a rating label may carry the scale it is graded on: 「施策の評価（Ａ～Ｄ）」 is 施策の評価;
 * - a row labelled as a rating (「基本目標の評価」「総合評価」「評価結果」「達成度評価」) whose other cells
 *   are empty or a grade is the rating cell of the table above it, never an indicator;
 * - tables stacked down a sheet, each ending in such a row, are each rated by their own row: the
 *   rows from the end of the table before (or the sheet's top) down to its rating row.
 */
import { compact, normalizeText } from '../values/text';
import type { CellIndex, IndexedCell } from './cells';
import type { Grid } from './grid';
import { isGradeName } from './tally';

/** The scale a label names after it: （Ａ～Ｄ）, (A〜D), （A・B・C・D）, （S～D）. */
const SCALE_HINT = /[(（][A-ES](?:[~〜～\-ー－・,、][A-ES])+[)）]$/;

/** A label's words, compacted, without the scale named after it: 「施策の評価（Ａ～Ｄ）」 → 施策の評価. */
export function ratingLabelText(text: string): string {
  return compact(normalizeText(text)).toUpperCase().replace(SCALE_HINT, '');
}

/** The words of a row that rates a group: …の評価 / …の総合評価 / …の達成度, 総合評価, 評価結果, 達成度評価, 達成状況評価. */
const RATING_ROW = /^(?:\S{1,12}の(?:評価|総合評価|達成度評価?|達成状況評価?)|総合評価|評価結果|総合判定|達成度評価|達成状況評価)$/;

/** Whether a label names a rating row (its scale hint aside); a cheap test first: no 評価, 判定 or 達成 in it, no rating. */
export function isRatingRowLabel(text: string): boolean {
  if (text.length > 24 || !/評価|判定|達成/.test(text)) return false;
  return RATING_ROW.test(ratingLabelText(text));
}

/** Last year's grade in brackets: 「（B）」. */
const BRACKETED = /^[(（](.+)[)）]$/;

/**
 * Whether the row at `label` is a rating row: the label is a rating label and right of it stand
 * at most one grade (「B」「◎」「概ね順調」) and last year's 「（B）」, nothing else (a row with a figure
 * is an indicator whatever its name; a row of grades, one per column, is no group's rating).
 */
export function isRatingRow(grid: Grid, label: { row: number; col: number }): boolean {
  if (!isRatingRowLabel(grid.text(label.row, label.col))) return false;
  let grades = 0;
  let previous = 0;
  for (let c = grid.rightEdge(label.row, label.col) + 1; c <= grid.right; c = grid.rightEdge(label.row, c) + 1) {
    const v = grid.raw(label.row, c);
    if (v === null || v === '') continue;
    if (typeof v !== 'string') return false;
    const t = compact(normalizeText(v)).toUpperCase();
    const bracket = BRACKETED.exec(t);
    if (!isGradeName(bracket ? bracket[1] : t)) return false;
    if ((bracket ? ++previous : ++grades) > 1) return false;
  }
  return true;
}

/** A rating row's label cell and the rows of the table it rates. */
export interface RatingRow {
  label: IndexedCell;
  top: number;
  bottom: number;
  /** The table's heading: the last row holding one text alone above its first row of several cells (「基本目標１　しごとをつくる」). */
  heading: string | null;
}

/** The last row in top..bottom holding one text alone (no label, no period) before the first row of several cells. */
function headingOf(index: CellIndex, top: number, bottom: number): string | null {
  let heading: string | null = null;
  for (let r = top; r < bottom; r++) {
    const cells = index.rows.get(r)?.filter((c) => c.text.trim() || c.period);
    if (!cells?.length) continue;
    if (cells.length > 1) break;
    heading = !cells[0].label && !cells[0].period && cells[0].text.trim() ? cells[0].text.trim() : null;
  }
  return heading;
}

/**
 * The rating rows among `candidates` (cells whose text is a rating label), one per row, in row order,
 * each owning the rows from the one after the previous rating row (the sheet's top for the first).
 */
export function ratingRows(grid: Grid, index: CellIndex, candidates: IndexedCell[]): RatingRow[] {
  const byRow = new Map<number, IndexedCell>();
  for (const c of candidates) if (!byRow.has(c.row) && isRatingRow(grid, c)) byRow.set(c.row, c);
  const out: RatingRow[] = [];
  let top = grid.top;
  for (const [row, label] of [...byRow.entries()].sort((a, b) => a[0] - b[0])) {
    out.push({ label, top, bottom: row, heading: headingOf(index, top, row) });
    top = row + 1;
  }
  return out;
}
