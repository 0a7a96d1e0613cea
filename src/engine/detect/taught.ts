/**
 * Reads the indicators a taught layout names (taughtLayout.ts) and puts them in place of what the
 * reader found on the same cells. Everything the layout does not name is read as usual.
 */
import { a1 } from '../model/address';
import type { SheetSnapshot } from '../model/port';
import { findPeriod, parsePeriodCell, type Period } from '../values/periods';
import { writtenUnit } from '../values/units';
import { compact } from '../values/text';
import { point, withKind } from './common';
import { Grid } from './grid';
import { cleanName } from './names';
import { cellOf, checkEntry, type CheckedEntry, type Line, type TaughtLayout, type TaughtProblem } from './taughtLayout';
import type { RawIndicator, SheetDetection } from './types';

export type { TaughtEntry, TaughtLayout, TaughtProblem } from './taughtLayout';

/** A heading's period: a period cell, a heading naming one (「R5実績」), or a year number (2023). */
export function periodOfHeading(grid: Grid, row: number, col: number): Period | null {
  const v = grid.value(row, col);
  if (typeof v === 'number') return Number.isInteger(v) ? (parsePeriodCell(String(v), { bareYear: true })?.period ?? null) : null;
  const t = grid.text(row, col);
  return t ? (parsePeriodCell(t)?.period ?? findPeriod(t)?.period ?? null) : null;
}

function periodAt(grid: Grid, fact: Line | { written: string } | undefined, i: number): Period | undefined {
  if (!fact) return undefined;
  if ('written' in fact) return parsePeriodCell(fact.written)?.period ?? findPeriod(fact.written)?.period ?? undefined;
  const c = cellOf(fact, i);
  return periodOfHeading(grid, c.row, c.col) ?? undefined;
}

/** The indicator at position `i` of an entry, or a problem when its name cell is empty. */
function indicatorAt(grid: Grid, sheet: string, e: CheckedEntry, i: number): RawIndicator | TaughtProblem {
  const n = cellOf(e.names, i);
  const nameCell = a1(n.row, n.col);
  const rawName = grid.fullText(n.row, n.col);
  if (!rawName.trim())
    return {
      sheet,
      cell: nameCell,
      source: e.entry.source ?? null,
      ja: `読み取りの指定${e.entry.source ? `（${e.entry.source}）` : ''}：指標名のセル ${nameCell} が空欄のため、この行は読み取っていません。`,
      en: `Taught layout: the name cell ${nameCell} is empty; that position was not read.`,
    };
  const clean = cleanName(rawName);
  const period = periodAt(grid, e.facts.period, i);
  const at = (key: 'targets' | 'actuals' | 'baseline' | 'grade') => {
    const f = e.facts[key];
    return f && !('written' in f) ? cellOf(f, i) : null;
  };
  const ind: RawIndicator = {
    sheet,
    layout: 'taught',
    row: n.row,
    id: clean.id ?? null,
    name: clean.name || rawName.trim(),
    nameCell,
    wordsForDirection: [clean.name, clean.note ?? ''].join(' '),
    cumulative: clean.cumulative,
    repeated: clean.repeated,
    actuals: [],
    targets: [],
    baselines: [],
  };
  if (clean.note) ind.note = clean.note;
  const unit = unitAt(grid, e.facts.unit, i);
  if (unit ?? clean.unit) ind.unit = unit?.text ?? clean.unit;
  if (unit?.cell) ind.unitCell = unit.cell;
  const t = at('targets');
  if (t) ind.targets.push(withKind(point(grid, t.row, t.col, period), 'target'));
  const a = at('actuals');
  if (a) ind.actuals.push(point(grid, a.row, a.col, period));
  const b = at('baseline');
  if (b) ind.baselines.push(point(grid, b.row, b.col));
  const g = at('grade');
  if (g) ind.gradeCell = { row: g.row, col: g.col, cell: a1(g.row, g.col), raw: grid.raw(g.row, g.col) };
  return ind;
}

function unitAt(grid: Grid, fact: Line | { written: string } | undefined, i: number): { text: string; cell?: string } | undefined {
  if (!fact) return undefined;
  if ('written' in fact) return { text: writtenUnit(fact.written) };
  const c = cellOf(fact, i);
  const t = grid.text(c.row, c.col).replace(/^[（(]|[)）]$/g, '');
  return t ? { text: writtenUnit(t), cell: a1(c.row, c.col) } : undefined;
}

/** The facts a later entry gives, in place of the earlier entry's for the same indicator. */
function correct(earlier: RawIndicator, later: RawIndicator, e: CheckedEntry): void {
  if (e.facts.targets) earlier.targets = later.targets;
  if (e.facts.actuals) earlier.actuals = later.actuals;
  if (e.facts.baseline) earlier.baselines = later.baselines;
  if (e.facts.grade) earlier.gradeCell = later.gradeCell;
  if (e.facts.unit) [earlier.unit, earlier.unitCell] = [later.unit, later.unitCell];
}

/** Every cell an indicator was read from (name, figures, grade). */
function cellsOf(ind: RawIndicator): string[] {
  return [ind.nameCell, ...ind.actuals.map((p) => p.cell), ...ind.targets.map((p) => p.cell), ...(ind.gradeCell ? [ind.gradeCell.cell] : [])];
}

/**
 * Reads the taught indicators and puts them in place of the detected ones that share a cell or a
 * name with them, on the same sheet. Returns what could not be read, naming the cells.
 */
export function applyTaughtLayout(detections: SheetDetection[], sheets: SheetSnapshot[], layout: TaughtLayout | null | undefined): TaughtProblem[] {
  const problems: TaughtProblem[] = [];
  if (!layout?.entries.length) return problems;
  const taughtBySheet = new Map<string, RawIndicator[]>();
  for (const entry of layout.entries) {
    const snap = sheets.find((s) => s.name === entry.sheet);
    const { checked, problems: p } = checkEntry(entry, !!snap);
    problems.push(...p);
    if (!checked || !snap) continue;
    const grid = new Grid(snap);
    const list = taughtBySheet.get(entry.sheet) ?? [];
    for (let i = 0; i < checked.names.count; i++) {
      const r = indicatorAt(grid, entry.sheet, checked, i);
      if (!('layout' in r)) problems.push(r);
      else {
        // A later entry on a name already taught corrects that indicator's facts it gives.
        const earlier = list.find((x) => x.nameCell === r.nameCell);
        if (earlier) correct(earlier, r, checked);
        else list.push(r);
      }
    }
    taughtBySheet.set(entry.sheet, list);
  }
  for (const [sheet, taught] of taughtBySheet) {
    const detection = detections.find((d) => d.meta.sheet === sheet);
    if (!detection) continue;
    const cells = new Set(taught.flatMap(cellsOf));
    const names = new Set(taught.map((t) => compact(t.name)));
    const kept = detection.indicators.filter((d) => d.sheet !== sheet || !(names.has(compact(d.name)) || cellsOf(d).some((c) => cells.has(c))));
    for (const t of taught) if (detection.meta.department) t.department = detection.meta.department;
    detection.indicators = [...kept, ...taught].sort((x, y) => x.row - y.row);
  }
  return problems;
}
