/**
 * A measure heading split into a 年度 sub-column and a 値 sub-column (実績 over 年度 | 値, cells R5 | 47.5):
 * the period cell dates the figure beside it, as a year note written in the figure's cell would, and
 * is no figure of its own. The figure keeps any note of its own; 集計中 beside R5 stays pending.
 */
import type { Point, RawIndicator } from './types';
import type { ParsedValue } from '../values/values';

/** A cell that says only a period ("R5", "平成30年度"): text whose one note is the whole text. */
function onlyPeriod(p: ParsedValue): boolean {
  return p.status === 'text' && !!p.notePeriod && p.note !== undefined && compact(p.note) === compact(p.text);
}

const compact = (s: string) => s.normalize('NFKC').replace(/\s/g, '');

/** The figure a period cell dates: the next point on the same row (its right neighbour), else the one before. */
function datedBy<T extends Point>(points: T[], i: number): T | undefined {
  const p = points[i];
  const beside = (q: T | undefined, dc: number) => (q && q.row === p.row && q.col === p.col + dc && !onlyPeriod(q.parsed) ? q : undefined);
  return beside(points[i + 1], 1) ?? beside(points[i - 1], -1);
}

/** The points of one measure with each period sub-column folded into the figure beside it. */
export function foldPeriodCells<T extends Point>(points: T[]): T[] {
  // Most measures have no period cell: nothing to sort then.
  if (points.length < 2 || !points.some((p) => onlyPeriod(p.parsed))) return points;
  const sorted = [...points].sort((a, b) => a.row - b.row || a.col - b.col);
  const drop = new Set<T>();
  sorted.forEach((p, i) => {
    if (!onlyPeriod(p.parsed)) return;
    const figure = datedBy(sorted, i);
    if (!figure || drop.has(figure)) return;
    drop.add(p);
    if (!figure.parsed.notePeriod) figure.parsed = { ...figure.parsed, note: p.parsed.note, notePeriod: p.parsed.notePeriod };
  });
  return drop.size ? points.filter((p) => !drop.has(p)) : points;
}

/** Folds the period sub-columns of an indicator's baselines, targets and actuals. */
export function foldPeriodSubColumns(ind: RawIndicator): void {
  ind.baselines = foldPeriodCells(ind.baselines);
  ind.targets = foldPeriodCells(ind.targets);
  ind.actuals = foldPeriodCells(ind.actuals);
}
