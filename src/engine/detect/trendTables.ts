/**
 * A trend table beside the evaluation table of the same indicators: one sheet holds a 年度別推移 table (each
 * indicator's actuals over several years, 見込み columns included, and no target or grade) and, apart from it, a
 * 評価 table naming the same indicators with a target, the period's actual and a grade. The evaluation table is
 * the reading: the trend's rows of those indicators are the years before, never a second indicator, and their
 * latest column (a 見込み of a later year) is no evaluated actual. The trend's rows of indicators the evaluation
 * table does not name stay as read, and an evaluation row without an actual of its own takes nothing from the
 * trend (both rows stay, a duplicate for check to name).
 */
import { normalizeText } from '../values/text';
import type { Point, RawIndicator } from './types';

const filled = (p: Point) => p.parsed.status !== 'missing';
const key = (name: string) => normalizeText(name).replace(/\s+/g, '');

/** Actuals of two or more years, and neither a target nor a grade: a row of a trend (推移) table. */
function isTrendRow(ind: RawIndicator): boolean {
  const years = new Set(ind.actuals.filter((p) => filled(p) && p.period).map((p) => p.period!.fiscalYear));
  return years.size >= 2 && !ind.targets.some(filled) && !ind.gradeCell && !ind.gradeCells?.length;
}

/** A filled actual and a filled target or a grade cell: a row of an evaluation table. */
function isEvaluationRow(ind: RawIndicator): boolean {
  return ind.actuals.some(filled) && (ind.targets.some(filled) || !!ind.gradeCell);
}

/** Takes out of `indicators` (in place) the trend rows of indicators an evaluation table on the same sheet names. */
export function dropTrendRowsOfEvaluated(indicators: RawIndicator[]): RawIndicator[] {
  const evaluated = new Map<string, RawIndicator>();
  for (const ind of indicators) if (isEvaluationRow(ind)) evaluated.set(key(ind.name), ind);
  const dropped = indicators.filter((ind) => {
    const other = evaluated.get(key(ind.name));
    return !!other && other !== ind && other.row !== ind.row && isTrendRow(ind);
  });
  for (const d of dropped) indicators.splice(indicators.indexOf(d), 1);
  return dropped;
}
