/**
 * Policies stacked down one sheet, each a title line carrying its own rating label: 「施策1-1　安全な水の供給 | … |
 * 施策評価 | □」 over its table, then 「施策1-2　… | 施策評価 | □」 over the next. The title written in one cell, with
 * no 施策 | name label pair, names the policy; the same rating label repeated on each title line is the evidence
 * that each rates its own rows, from its title line down to the next one.
 */
import { oneLine } from '../values/text';
import type { CellIndex, IndexedCell } from './cells';
import type { Grid } from './grid';
import { isRatingRowLabel, ratingLabelText } from './ratingRows';
import type { GroupGradeCell, SideGroupGrade } from './types';

/** The title left of a rating label on its row: text cells that are no label, period or meta label (at most three). */
function titleLeftOf(index: CellIndex, label: IndexedCell): string | undefined {
  const cells = index.row(label.row).filter((c) => c.col < label.col && c.text.trim() !== '');
  if (!cells.length || cells.length > 3 || cells.some((c) => c.label || c.period || c.meta)) return undefined;
  return cells.map((c) => oneLine(c.text)).join(' ');
}

/**
 * The sections of a sheet whose rating labels (two or more, the same words, one per row) each stand on a title
 * line; empty when any label has no title beside it or no rating cell.
 */
export function titledStack(grid: Grid, index: CellIndex, labels: IndexedCell[], gradeAt: (label: IndexedCell) => GroupGradeCell | null): SideGroupGrade[] {
  const lines = [...labels].sort((a, b) => a.row - b.row);
  if (lines.length < 2 || new Set(lines.map((l) => l.row)).size !== lines.length) return [];
  if (new Set(lines.map((l) => ratingLabelText(l.text))).size !== 1) return [];
  const out: SideGroupGrade[] = [];
  for (const [i, l] of lines.entries()) {
    const name = titleLeftOf(index, l);
    const at = name ? gradeAt(l) : null;
    if (!name || !at) return [];
    const [top, bottom] = [i === 0 ? grid.top : l.row, i === lines.length - 1 ? grid.bottom : lines[i + 1].row - 1];
    out.push({ ...at, left: grid.left, right: grid.right, top, bottom, name });
  }
  return out;
}

/**
 * Whether a row of a table holds a policy's rating label outside its name column (施策評価, or a rating-row label such as
 * 「施策の総合評価」): a title line, never an indicator.
 */
export function holdsRatingLabel(index: CellIndex, row: number, nameCol: number): boolean {
  return index.row(row).some((c) => c.col !== nameCol && (c.meta === 'groupGrade' || isRatingRowLabel(c.text)));
}
