/**
 * A forecast column beside the actual: 「R5実績 | R5実績見込」, a 「令和5年度実績見込」 line under 「令和5年度実績」. The 見込
 * column holds what the office expects the year to end at; where the plain 実績 of the same year is 集計中 or blank, the
 * year's actual is not known yet, and the forecast never stands in for it (grading/choosePoints.ts `chooseActual`).
 * A year with no plain 実績 column of its own (only 「R5実績見込」) still has its forecast read as its actual.
 */
import type { Point } from './types';

/** A heading or line label naming a forecast (見込 / 見通し), with or without 実績. */
const FORECAST = /見込|見通し/;

/** The point, marked as a forecast when the heading or label it was read under names one. */
export function markedForecast<P extends Point>(p: P, heading: string): P {
  return FORECAST.test(heading.replace(/\s+/g, '')) ? { ...p, forecast: true } : p;
}

/** Of a year's actual points, those that are no forecast when there are any; else all of them. */
export function withoutForecastsBesideActuals<P extends Point>(points: P[]): P[] {
  const own = points.filter((p) => !p.forecast);
  return own.length ? own : points;
}
