/**
 * Two evaluations of one sheet side by side, each headed with its year and this-year / last-year words:
 * 「今年度評価（令和５年度）」 over 目標 | 実績 | 評価 beside 「前年度評価（令和４年度）」 over the same, whichever side stands
 * left. A clerk dates every column under a heading by its year, so the sheet is evaluated for the this-year side's year and
 * the other side is last year's record: its figures are that year's, its 評価 last year's grade (never this year's). When
 * the words and the years disagree (今年度 not the year after 前年度), the reader cannot tell which is this year: the columns
 * keep the years written and each row read under them is flagged (`column-chosen`, naming the two headings).
 */
import { a1, parseA1 } from '../model/address';
import { evaluationSide, type EvaluationSide } from '../values/evaluationSide';
import { SERIES_ROLES, type Role } from '../values/labels';
import type { Column } from './column';
import type { Grid } from './grid';
import type { IndexedCell } from './cells';
import type { RawIndicator, SheetMeta } from './types';
import { oneLine } from '../values/text';

interface Side {
  cell: string;
  side: EvaluationSide & { period: NonNullable<EvaluationSide['period']> };
}

/** The dated evaluation heading over a column, if any. */
function sideOver(grid: Grid, c: Column): Side | null {
  for (const cell of c.cells) {
    const at = parseA1(cell);
    const side = at ? evaluationSide(grid.text(at.row, at.col)) : null;
    if (side?.period) return { cell, side: { ...side, period: side.period } };
  }
  return null;
}

/** Whether the sides' words and years agree: every this-year heading one year after every last-year heading. */
function agree(sides: Side[]): boolean {
  const years = (offset: number) => new Set(sides.filter((s) => s.side.offset === offset).map((s) => s.side.period.fiscalYear));
  const [now, before] = [years(0), years(-1)];
  if (now.size > 1 || before.size > 1) return false;
  const [y0] = [...now];
  const [y1] = [...before];
  return y0 === undefined || y1 === undefined || y0 === y1 + 1;
}

/** Dates the columns under dated evaluation headings and turns last year's 評価 into last year's grade (see the file's comment). */
export function datedEvaluationSides(grid: Grid, columns: Column[]): void {
  const under = new Map<Column, Side>();
  for (const c of columns) {
    if (c.role !== 'grade' && !SERIES_ROLES.has(c.role as Role)) continue;
    const s = sideOver(grid, c);
    if (s) under.set(c, s);
  }
  if (!under.size) return;
  // The this-year heading first (its year is the sheet's stated period: thisYearHeadingPeriod), the later year first among
  // the rest: the flag names first the side read.
  const sides = [...new Map([...under.values()].map((s) => [s.cell, s])).values()].sort(
    (a, b) => b.side.offset - a.side.offset || b.side.period.fiscalYear - a.side.period.fiscalYear,
  );
  const clear = agree(sides);
  for (const [c, s] of under) {
    // A sub-heading with a year of its own (「R7目標」 under 今年度評価) keeps it.
    if (c.period && c.period.fiscalYear !== s.side.period.fiscalYear) continue;
    c.period = s.side.period;
    delete c.relative;
    if (!clear) c.unclearSides = sides.map((x) => x.cell);
    else if (c.role === 'grade' && s.side.offset === -1) c.role = 'previousGrade';
  }
}

/** The flag of a row read under evaluation headings whose words and years disagree. */
export function unclearSidesGuess(columns: Column[], ind: RawIndicator): void {
  const cells = columns.find((c) => c.unclearSides)?.unclearSides;
  if (cells && !ind.guesses?.some((g) => g.reason === 'column-chosen' && g.cells.join() === cells.join()))
    (ind.guesses ??= []).push({ reason: 'column-chosen', cells });
}

/** A this-year evaluation heading with its year (「今年度評価（令和５年度）」) states the period the sheet is evaluated for. */
export function thisYearHeadingPeriod(c: IndexedCell): SheetMeta['statedPeriod'] {
  if (!c.text.includes('年度')) return undefined;
  const side = evaluationSide(c.text);
  return side?.offset === 0 && side.period ? { period: side.period, cell: a1(c.row, c.col), text: oneLine(c.text) } : undefined;
}
