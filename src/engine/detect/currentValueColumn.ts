/**
 * A table with two dated baseline headings and no actual column (策定時（R1） | 目標値（R11） | 現状値（R5））: the later one,
 * headed 現状値 / 現況値 / 現状, is the value measured now, the actual of its year; the earlier one stays the baseline.
 * So is a 現状値 column naming no year right of the only dated baseline (計画策定時（H30） | 現状値 | 目標値（R8））: the
 * value measured now, its period the evaluation's (a guess when none is stated: the period-unstated finding says so).
 * Likewise with no year anywhere (策定時の値 | 目標値 | 現状値): a 現状値 column right of an undated baseline headed by when the
 * plan was made (策定時 / 当初) is the value measured now, that baseline stays the baseline (beside a bare 基準値 it stays one).
 */
import type { Column } from './column';
import { headingText } from './cumulativeTwins';
import type { Grid } from './grid';
import { compact } from '../values/text';

const CURRENT = /現状|現況/;
/** A baseline headed by when the plan was made (策定時 / 当初); beside a bare 基準値 a 現状値 may be the baseline's own figure. */
const PLAN_TIME = /策定時|当初/;

/** A column's heading folded (width, case, spaces: a form's 「現　状　値」 is 現状値). */
const heading = (grid: Grid, cells: readonly string[]) => compact(headingText(grid, cells));

/** The columns with the current-value column read as the actual of its year (the columns as they were when there is none). */
export function currentValueAsActual(grid: Grid, columns: Column[]): Column[] {
  if (columns.some((c) => c.role === 'actual' || c.pair) || !columns.some((c) => c.role === 'target' || c.role === 'expected')) return columns;
  const dated = columns.filter((c) => c.role === 'baseline' && c.period);
  if (dated.length === 1) return undatedCurrentAsActual(grid, columns, dated[0]);
  if (dated.length === 0) return undatedCurrentBesideBaseline(grid, columns);
  if (dated.length < 2) return columns;
  const latest = dated.reduce((a, b) => (b.period!.fiscalYear > a.period!.fiscalYear ? b : a));
  if (dated.some((c) => c !== latest && c.period!.fiscalYear >= latest.period!.fiscalYear)) return columns;
  if (!CURRENT.test(heading(grid, latest.cells))) return columns;
  return columns.map((c) => (c === latest ? { ...c, role: 'actual' } : c));
}

/** The one undated baseline column headed 現状値 / 現況値 right of the dated baseline, read as the actual of no stated year. */
function undatedCurrentAsActual(grid: Grid, columns: Column[], dated: Column): Column[] {
  const undated = columns.filter((c) => c.role === 'baseline' && !c.period && c.relative === undefined);
  if (undated.length !== 1 || undated[0].col < dated.col) return columns;
  if (!CURRENT.test(heading(grid, undated[0].cells))) return columns;
  return columns.map((c) => (c === undated[0] ? { ...c, role: 'actual' } : c));
}

/** With no dated baseline: the one 現状値 / 現況値 column right of the one other, headed 策定時 / 当初, read as the actual of no stated year. */
function undatedCurrentBesideBaseline(grid: Grid, columns: Column[]): Column[] {
  const undated = columns.filter((c) => c.role === 'baseline' && !c.period && c.relative === undefined);
  if (undated.length !== 2) return columns;
  const [before, current] = undated[0].col < undated[1].col ? undated : [undated[1], undated[0]];
  if (!PLAN_TIME.test(heading(grid, before.cells))) return columns;
  if (!CURRENT.test(heading(grid, current.cells))) return columns;
  return columns.map((c) => (c === current ? { ...c, role: 'actual' } : c));
}
