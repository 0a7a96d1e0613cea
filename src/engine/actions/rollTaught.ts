/**
 * A taught layout at the roll to the next period: each fact whose cells stand under a heading of
 * the period ("R5実績", "令和5年度") moves to the cells under the next year's heading on the same
 * line ("R6実績"); a fact with no year heading (a final target, a unit) stays. A year-bound fact
 * whose next year's heading is not there stays as it is, with a note saying which cells and why.
 *
 * The old headings and, when the grade cells move, last year's grades are cells the roll keeps.
 */
import { a1 } from '../model/address';
import type { WorkbookSnapshot } from '../model/port';
import { Grid } from '../detect/grid';
import { periodOfHeading } from '../detect/taught';
import { checkEntry, FACT_LABEL, type FactKey, type Line, type TaughtEntry, type TaughtLayout, type TaughtProblem } from '../detect/taughtLayout';
import { fiscalYearLabel } from '../values/periods';
import { compact } from '../values/text';
import { shiftYears } from '../values/yearMentions';

export interface TaughtRollNote extends TaughtProblem {
  /** moved: a fact's cells moved to the next year's; kept: a year-bound fact that could not move. */
  kind: 'moved' | 'kept';
}

export interface TaughtRoll {
  /** The layout for the next period. */
  layout: TaughtLayout | null;
  /** 'Sheet!A1' cells the roll must leave as they are (the old headings, last year's grades). */
  keep: string[];
  /** Writes to the 評価設定 rows the layout was read from. */
  writes: { sheet: string; cell: string; after: string; subject: string }[];
  notes: TaughtRollNote[];
}

const MOVING: FactKey[] = ['targets', 'actuals', 'grade', 'period'];
const SEARCH = 15;

/** The layout moved to the year `from + delta`. */
export function rollTaughtLayout(snapshot: WorkbookSnapshot, layout: TaughtLayout | null, from: number, delta: number): TaughtRoll {
  const out: TaughtRoll = { layout: null, keep: [], writes: [], notes: [] };
  if (!layout) return out;
  const entries = layout.entries.map((entry) => {
    const snap = snapshot.sheets.find((s) => s.name === entry.sheet);
    const { checked } = checkEntry(entry, !!snap);
    if (!checked || !snap) {
      keepSettingCells(out, entry);
      return entry;
    }
    const moved: TaughtEntry = { ...entry };
    const grid = new Grid(snap);
    for (const key of MOVING) {
      const fact = checked.facts[key];
      if (!fact) continue;
      const next =
        'written' in fact ? shiftYears(fact.written, delta, (fy) => fy === from) : moveLine(grid, fact, checked.names, key === 'period', from, delta);
      if (next === null) continue;
      if (typeof next === 'object' && 'kept' in next) {
        out.notes.push(keptNote(entry, key, next.kept, from + delta));
        continue;
      }
      const text = typeof next === 'string' ? next : next.text;
      moved[key] = text;
      if (typeof next === 'object') out.keep.push(`${entry.sheet}!${next.heading}`);
      if (key === 'grade' && 'range' in fact) for (let i = 0; i < fact.count; i++) out.keep.push(`${entry.sheet}!${cellText(fact, i)}`);
      out.notes.push(movedNote(entry, key, entry[key]!, text));
      const cell = entry.cells?.[key];
      if (cell) out.writes.push({ sheet: entry.source!.split('!')[0], cell, after: text, subject: `${entry.sheet} ${FACT_LABEL[key].ja}` });
    }
    keepSettingCells(out, entry);
    return moved;
  });
  out.layout = { entries };
  return out;
}

/**
 * The entry's 評価設定 cells the roll does not rewrite stay as they are: a cell address such as R5
 * (column R) must not be taken for a year mention and moved.
 */
function keepSettingCells(out: TaughtRoll, entry: TaughtEntry): void {
  const settings = entry.source?.split('!')[0];
  if (!settings || !entry.cells) return;
  for (const cell of Object.values(entry.cells))
    if (cell && !out.writes.some((w) => w.sheet === settings && w.cell === cell)) out.keep.push(`${settings}!${cell}`);
}

function cellText(line: Line, i: number): string {
  return line.down ? a1(line.range.top + i, line.range.left) : a1(line.range.top, line.range.left + i);
}

/**
 * The line moved by the offset from its heading of year `from` to the next year's heading on the
 * same row (names going down) or column (names going across); null when it has no such heading.
 */
function moveLine(
  grid: Grid,
  line: Line,
  names: Line,
  isHeading: boolean,
  from: number,
  delta: number,
): { text: string; heading: string } | { kept: string } | null {
  const heading = isHeading ? { row: line.range.top, col: line.range.left } : headingOf(grid, line, names, from);
  if (!heading) return null;
  if (periodOfHeading(grid, heading.row, heading.col)?.fiscalYear !== from) return null;
  const across = isHeading ? names.down || names.count === 1 : names.down;
  const target = nextHeading(grid, heading, from, delta, across) ?? (names.count === 1 ? nextHeading(grid, heading, from, delta, !across) : null);
  if (!target) return { kept: a1(heading.row, heading.col) };
  const dr = target.row - heading.row;
  const dc = target.col - heading.col;
  const { top, left, bottom, right } = line.range;
  const text = top === bottom && left === right ? a1(top + dr, left + dc) : `${a1(top + dr, left + dc)}:${a1(bottom + dr, right + dc)}`;
  return { text, heading: a1(heading.row, heading.col) };
}

/** The nearest cell of year `from` above a column of figures (left of a row of them). */
function headingOf(grid: Grid, line: Line, names: Line, from: number): { row: number; col: number } | null {
  const up = names.down || (names.count === 1 && line.count === 1);
  const look = (dr: number, dc: number) => {
    for (let k = 1; k <= SEARCH; k++) {
      const r = line.range.top - dr * k;
      const c = line.range.left - dc * k;
      if (r < grid.top || c < grid.left) return null;
      if (periodOfHeading(grid, r, c)?.fiscalYear === from) return { row: r, col: c };
    }
    return null;
  };
  return up ? (look(1, 0) ?? (names.count === 1 ? look(0, 1) : null)) : look(0, 1);
}

/** The heading that says the same as `at` for the next year, on the same row (`across`) or column. */
function nextHeading(grid: Grid, at: { row: number; col: number }, from: number, delta: number, across: boolean): { row: number; col: number } | null {
  const value = grid.value(at.row, at.col);
  const wanted = typeof value === 'number' ? String(value + delta) : shiftYears(grid.text(at.row, at.col), delta, (fy) => fy === from);
  if (wanted === null) return null;
  let best: { row: number; col: number } | null = null;
  const cells = across
    ? range(grid.left, grid.right).map((c) => ({ row: at.row, col: c }))
    : range(grid.top, grid.bottom).map((r) => ({ row: r, col: at.col }));
  for (const c of cells) {
    const v = grid.value(c.row, c.col);
    const text = typeof v === 'number' ? String(v) : grid.text(c.row, c.col);
    if (!text || compact(text) !== compact(wanted)) continue;
    const d = Math.abs(c.row - at.row) + Math.abs(c.col - at.col);
    if (!best || d < Math.abs(best.row - at.row) + Math.abs(best.col - at.col)) best = c;
  }
  return best;
}

function range(a: number, b: number): number[] {
  return Array.from({ length: Math.max(0, b - a + 1) }, (_, i) => a + i);
}

function movedNote(e: TaughtEntry, key: FactKey, before: string, after: string): TaughtRollNote {
  const label = FACT_LABEL[key];
  return {
    kind: 'moved',
    sheet: e.sheet,
    cell: after,
    source: e.source ?? null,
    ja: `読み取りの指定：シート「${e.sheet}」の${label.ja}を ${before} から次の年度の ${after} に移しました。`,
    en: `Taught layout: the ${label.en} of sheet "${e.sheet}" moved from ${before} to next year's ${after}.`,
  };
}

function keptNote(e: TaughtEntry, key: FactKey, heading: string, next: number): TaughtRollNote {
  const label = FACT_LABEL[key];
  const cells = e[key]!;
  return {
    kind: 'kept',
    sheet: e.sheet,
    cell: heading,
    source: e.source ?? null,
    ja: `読み取りの指定：シート「${e.sheet}」の${label.ja} ${cells} は見出し ${heading} の年度の列ですが、同じ並びに${fiscalYearLabel(next)}の見出しがないため、指定はそのままです。新しい年度の値をこのセルに入れるか、読み取りの指定を直してください。`,
    en: `Taught layout: the ${label.en} ${cells} of sheet "${e.sheet}" are under the heading ${heading}, but no heading of ${fiscalYearLabel(next)} stands beside it: the layout was kept. Enter the new year's values there or correct the layout.`,
  };
}
