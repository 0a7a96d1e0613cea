/**
 * A cell of labelled lines — 「目標：120件⏎実績：98件」 — names its measure on each line before a colon, so it holds those
 * measures, whatever its column's heading says (「令和5年度⏎目標・実績」, read as one measure): each line is that
 * measure's figure of the cell, dated by its own label (「実績（R4）：98件」) or else by the column. Two or three lines,
 * each a series label (目標, 実績, 計画値, 基準値 …) of a different measure; a cell with any other line is no such cell.
 */
import { classifyLabel, SERIES_ROLES, type Role } from '../values/labels';
import type { Period } from '../values/periods';
import { parseValue } from '../values/values';
import { point, withKind } from './common';
import type { Grid } from './grid';
import type { Point, RawIndicator } from './types';

export interface LabelledLine {
  role: Role;
  period?: Period;
  /** The figure as written after the colon (「98件」「11,250食（見込み）」「未実施」「－」). */
  text: string;
}

/** A plan's 計画値 and its 目標 are one measure: two lines of them are no pair. */
const kind = (role: Role) => (role === 'expected' ? 'target' : role);

const LINE = /^([^:]{1,16}):\s*(.*)$/;

/** The cell's lines as measures, or null when it is not two or three lines each labelled with a different measure. */
export function labelledLines(text: string): LabelledLine[] | null {
  const lines = text
    .normalize('NFKC')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length < 2 || lines.length > 3) return null;
  const out: LabelledLine[] = [];
  for (const line of lines) {
    const m = LINE.exec(line);
    const label = m ? classifyLabel(m[1].trim()) : null;
    if (!m || !label || !SERIES_ROLES.has(label.role)) return null;
    out.push(label.period ? { role: label.role, period: label.period, text: m[2] } : { role: label.role, text: m[2] });
  }
  return new Set(out.map((l) => kind(l.role))).size === out.length ? out : null;
}

/**
 * Reads the cell at (r, col) as labelled lines into the indicator's measures (dated by `period` where a line names none);
 * false, reading nothing, when the cell is not one.
 */
export function readLabelledLines(grid: Grid, r: number, col: number, ind: RawIndicator, period?: Period): boolean {
  const a = grid.anchor(r, col);
  const raw = grid.raw(a.row, a.col);
  const lines = typeof raw === 'string' && raw.includes('\n') ? labelledLines(raw) : null;
  if (!lines) return false;
  const whole = point(grid, r, col);
  for (const line of lines) {
    const pt: Point = { ...whole, parsed: parseValue(line.text) };
    const own = line.period ?? period;
    if (own) pt.period = own;
    if (line.role === 'actual') ind.actuals.push(pt);
    else if (line.role === 'baseline') ind.baselines.push(pt);
    else ind.targets.push(withKind(pt, line.role === 'expected' ? 'expected' : 'target'));
  }
  return true;
}

/**
 * Whether the column under a heading the reader does not know (「令和5年度⏎目標・実績」) holds labelled lines: two or more
 * of the first non-empty cells below `fromRow` (up to 40 rows), and at least half of them, are such cells.
 */
export function labelledLinesBelow(grid: Grid, fromRow: number, col: number): boolean {
  let filled = 0;
  let lines = 0;
  for (let r = fromRow; r <= Math.min(grid.bottom, fromRow + 40); r++) {
    const raw = grid.raw(r, col);
    if (raw === null || raw === '') continue;
    filled++;
    if (typeof raw === 'string' && raw.includes('\n') && labelledLines(raw)) lines++;
  }
  return lines >= 2 && lines * 2 >= filled;
}
