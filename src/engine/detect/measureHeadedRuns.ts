/**
 * A period row whose headings name the measure of each column, a target and an actual of the same year among them
 * (基準値（R1） | R5目標 | R5実績 | 最終目標（R6）): the header of a table whose columns say what each figure is, never a period
 * axis over series rows. A measure word left of it on a body row (「数値目標」 in a 区分 column: the kind of KPI, beside the
 * 具体的施策's KPIs) is then no series label; the table reader reads the rows by their columns.
 */
import { classifyLabel } from '../values/labels';
import type { CellIndex } from './cells';

/** Whether row `row`'s headings name a target (or plan) and an actual of one fiscal year, each in a column of its own. */
export function headsMeasureColumns(index: CellIndex, row: number): boolean {
  const targets = new Set<number>();
  const actuals = new Set<number>();
  for (const c of index.row(row)) {
    // A period cell (「R5実績」 reads as one) keeps its words: the label is asked of its text.
    const label = c.label ?? (c.text ? classifyLabel(c.text) : null);
    const year = label?.period?.fiscalYear ?? c.period?.period.fiscalYear;
    if (!label || year === undefined) continue;
    if (label.role === 'target' || label.role === 'expected') targets.add(year);
    else if (label.role === 'actual') actuals.add(year);
  }
  for (const y of targets) if (actuals.has(y)) return true;
  return false;
}
