/**
 * A period row whose headings name the measure of each column, a target and an actual of the same year among them
 * (基準値（R1） | R5目標 | R5実績 | 最終目標（R6）): the header of a table whose columns say what each figure is, never a period
 * axis over series rows. A measure word left of it on a body row (「数値目標」 in a 区分 column: the kind of KPI, beside the
 * 具体的施策's KPIs) is then no series label; the table reader reads the rows by their columns. So is a period row whose years
 * each stand merged over a 目標 and a 実績 sub-heading on the row under (R5年度 over 目標 | 実績): the measures are the columns'.
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

/**
 * Whether a period heading of row `row`, merged across two or more columns, stands over a target (or plan) and an actual
 * sub-heading of its own on the next row (R5年度 over 目標 | 実績): each column's measure is its sub-heading, so the row
 * heads a table's columns, no axis over series rows.
 */
export function headsMeasureSubColumns(index: CellIndex, row: number): boolean {
  for (const c of index.row(row)) {
    if (!c.period || c.right <= c.col) continue;
    const roles = new Set<string>();
    for (const s of index.row(row + 1)) {
      if (s.col < c.col || s.right > c.right || index.grid.anchor(s.row, s.col).row !== s.row) continue;
      const label = s.label ?? (s.text ? classifyLabel(s.text) : null);
      if (label && !label.period) roles.add(label.role === 'expected' ? 'target' : label.role);
    }
    if (roles.has('target') && roles.has('actual')) return true;
  }
  return false;
}

/** The longest text left of the figures on a row, seen through merges (its name, past No., 区分 and unit cells), or ''. */
function rowName(index: CellIndex, row: number, left: number, start: number): string {
  let name = '';
  for (let c = left; c < start; c++) {
    const t = index.grid.text(row, c).trim();
    if (t.length > name.length) name = t;
  }
  return name;
}

/**
 * Whether, from the first labelled row (`rows`, the series rows under a period run) to the row after the last, a row with a
 * figure right of `start` and no label bears a name of three or more characters that neither labelled row around it bears:
 * an indicator of its own (a KPI under a 数値目標 line), never a line of a labelled row's indicator (①量の見込み over
 * ②確保方策 of one 事業名).
 */
export function ownNamedRowsAmong(index: CellIndex, rows: number[], left: number, start: number): boolean {
  const nameOf = (r: number) => rowName(index, r, left, start);
  for (let r = rows[0]; r <= rows[rows.length - 1] + 1; r++) {
    if (rows.includes(r) || !index.row(r).some((c) => c.col >= start && c.text === '' && !c.period)) continue;
    const name = nameOf(r);
    const before = [...rows].reverse().find((x) => x < r);
    const after = rows.find((x) => x > r);
    if (name.length >= 3 && [before, after].every((x) => x === undefined || nameOf(x) !== name)) return true;
  }
  return false;
}
