/**
 * A block's 備考 line written once over the whole line (備考 | 「R5実績値は速報値（確定値は令和6年11月に公表）」 merged across
 * the years' columns, under the block's 目標値 / 実績値 lines): it speaks of no one year's cell, so it qualifies an actual only
 * when its subject is a year's 実績 (values/yearActualSubject.ts, 「R5実績値は速報値…」「令和5年度の実績は暫定値」) and that
 * year is the actual's: that figure is provisional (approximate for 概数), as if the word stood beside it. A remark naming no
 * year or 実績 (「R5からアプリによる参加を開始」「速報値」 alone), or another year, says nothing here; the 備考 must be the
 * nearest such label in the actual line's label column, with no other line of figures between (another block's).
 */
import { a1 } from '../model/address';
import type { Qualifier } from '../values/qualifiers';
import type { Grid } from './grid';
import type { RemarkHeadings, Remark } from './remarkHeadings';
import type { Point } from './types';
import { yearActualQualifier } from './yearActualNote';

/** How far the 備考 line may be from the actual's line, and the label column from the figure. */
const ROWS = 6;
const COLS = 12;
/** A remark is a note of a line or two, never a paragraph. */
const MAX_TEXT = 80;

/** The 備考 cell merged over the actual's column on the nearest 備考 line of its label column, or null. */
function remarkLine(grid: Grid, headings: RemarkHeadings, p: Point, othersRow: (row: number) => boolean): Remark | null {
  for (let lc = p.col - 1; lc >= Math.max(grid.left, p.col - COLS); lc--) {
    if (headings.at(p.row, lc) !== 'actual') continue;
    for (const step of [1, -1])
      for (let d = 1; d <= ROWS; d++) {
        const r = p.row + step * d;
        if (r < grid.top || r > grid.bottom || othersRow(r)) break;
        if (headings.at(r, lc) !== 'note') continue;
        const area = grid.merge(r, p.col);
        if (!area || area.left > lc + 1 || area.right < p.col || area.left === area.right) return null;
        return { text: grid.text(r, p.col), cell: a1(area.top, area.left) };
      }
    return null;
  }
  return null;
}

/** The qualifier a block's 備考 line states of this actual (see the module's comment), with the remark; null when none. */
export function blockRemarkQualifier(
  grid: Grid,
  headings: RemarkHeadings,
  p: Point,
  othersRow: (row: number) => boolean,
): { qualifier: Qualifier; remark: Remark } | null {
  const year = p.period?.fiscalYear;
  if (year === undefined) return null;
  const remark = remarkLine(grid, headings, p, othersRow);
  if (!remark?.text || remark.text.length > MAX_TEXT) return null;
  const stated = yearActualQualifier(remark.text);
  return stated && stated.fiscalYear === year ? { qualifier: stated.qualifier, remark } : null;
}
