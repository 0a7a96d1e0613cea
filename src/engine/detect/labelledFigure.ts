/**
 * A measure label naming its period (「目標値（令和５年度）」「実績値（R5）」) with its figure right beside it on the
 * same row is a label / value line of a form (labelForms.ts), never a period axis heading: an axis heads the
 * figures under it, and its row holds headings, not figures. Cards or forms laid side by side put such labels
 * on one row (目標値（令和５年度） | 60 | … | 目標値（令和５年度） | 250); read as an axis, a card took its
 * neighbour's label as its figure.
 */
import { classifyLabel, SERIES_ROLES } from '../values/labels';
import type { Grid } from './grid';

/** A figure as a form writes it: a number, or a number with a unit or % (「52件」「41.6%」), not a year. */
function isFigure(raw: unknown): boolean {
  if (typeof raw === 'number') return !(Number.isInteger(raw) && raw >= 1900 && raw <= 2100);
  return typeof raw === 'string' && /^\s*[-−]?[\d,，.．]+\s*[^\d\s]{0,4}\s*$/.test(raw.normalize('NFKC')) && !/[年月日]/.test(raw);
}

/** Whether the period cell at (row, col), ending at `right`, is a measure's label with its figure right of it. */
export function isLabelledFigure(grid: Grid, row: number, col: number, right: number): boolean {
  const label = classifyLabel(grid.text(row, col));
  if (!label || !SERIES_ROLES.has(label.role) || right + 1 > grid.right) return false;
  const at = grid.anchor(row, right + 1);
  return isFigure(grid.raw(at.row, at.col));
}
