/**
 * A bare 年間計画 / 年度計画 heading on a year's record by months (4月 … 3月 | 年度計 | 年間計画 | 達成率) whose ratio column the sheet
 * itself computes as the year's total divided by its figures (=O4/P4, perhaps ×100, on the first rows under the header): the year's
 * plan the result is measured against, as 計画 is. Alone those words may head a schedule column, and ratioPlanHeading.ts leaves them
 * unread; the division is the sheet's own word that the column holds the plan. Only a division of a total's cell by this heading's
 * cell on the same row counts (not the plan by the total, not a sum), only one such heading on a row with the months and the total,
 * and none beside a target or plan heading of the row's own. A bracket after the words (「年間計画（5か年）」) keeps it unread.
 */
import { parseA1 } from '../model/address';
import type { Label } from '../values/labels';
import { compact, normalizeText, stripNote } from '../values/text';

interface HeadingCell {
  col: number;
  text: string;
  label: Label | null;
  period: unknown;
}

/** The year's plan in two words and nothing else: 年間計画, 年度計画. */
const YEAR_PLAN = /^(年間|年度)計画$/;
/** One cell divided by another, perhaps as a percentage: =O4/P4, =$O4/$P4*100. */
const DIVISION = /^=?\s*(\$?[A-Z]{1,3}\$?\d+)\s*\/\s*(\$?[A-Z]{1,3}\$?\d+)\s*(?:\*\s*100\s*)?$/i;

/** Whether the formula divides a total's cell (one of `totals`) by the plan's cell, both on `row`. */
function dividesTotalByPlan(formula: string | null, row: number, totals: Set<number>, plan: number): boolean {
  const m = formula ? DIVISION.exec(formula.trim()) : null;
  const over = m ? parseA1(m[1].replace(/\$/g, '')) : null;
  const under = m ? parseA1(m[2].replace(/\$/g, '')) : null;
  return !!over && !!under && over.row === row && under.row === row && totals.has(over.col) && under.col === plan;
}

/**
 * Labels a row's one bare 年間計画 heading as the year's plan when a ratio column's formula on one of the two rows under the header
 * (`row`) divides the months' total by it.
 */
export function labelFormulaPlan(
  cells: HeadingCell[],
  row: number,
  formulaAt: (row: number, col: number) => string | null,
  yearOpen: (parts: { col: number }[]) => boolean = () => false,
): void {
  if (!cells.some((c) => c.text.includes('計画'))) return;
  const parts = cells.filter((c) => c.label?.role === 'part');
  // Months whose last is blank in every row: a year not over is graded against no plan (openYearRecord.ts, review rv74).
  if (!parts.length || yearOpen(parts)) return;
  if (cells.some((c) => c.label?.role === 'target' || c.label?.role === 'expected' || c.label?.role === 'category')) return;
  const totals = new Set(cells.filter((c) => c.label?.role === 'actual').map((c) => c.col));
  const plans = cells.filter((c) => !c.label && !c.period && YEAR_PLAN.test(compact(normalizeText(stripNote(c.text)))));
  if (!totals.size || plans.length !== 1) return;
  const plan = plans[0];
  const ratios = cells.filter((c) => c.label?.role === 'derived' && c.col > plan.col);
  const divided = ratios.some((c) => [row + 1, row + 2].some((r) => dividesTotalByPlan(formulaAt(r, c.col), r, totals, plan.col)));
  if (divided) plan.label = { role: 'expected' };
}
