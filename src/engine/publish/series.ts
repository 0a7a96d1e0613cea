/** An indicator's figures over the plan years: each year's target (期待値 / 目標) and actual, as the sheet gives them. */
import type { Point, RawIndicator } from '../detect/types';
import type { IndicatorReport } from '../model/report';
import type { SeriesPoint } from './model';

/** A point's one figure, or null (no figure, several figures, words). */
function figure(p: Point): number | null {
  return p.parsed.status === 'value' && typeof p.parsed.value === 'number' && Number.isFinite(p.parsed.value) ? p.parsed.value : null;
}

/**
 * The years the sheet dates figures for, oldest first. A year with a 期待値 and a 目標 keeps the 目標 (the
 * final target stated for that year); an undated target or actual is left out, except that an indicator with
 * no dated figure at all shows its reported target and actual as one point of its period.
 */
export function seriesOf(raw: RawIndicator, report: IndicatorReport): SeriesPoint[] {
  const byYear = new Map<number, SeriesPoint>();
  const at = (p: Point): SeriesPoint | null => {
    if (!p.period) return null;
    let s = byYear.get(p.period.fiscalYear);
    if (!s) byYear.set(p.period.fiscalYear, (s = { label: p.period.label, fiscalYear: p.period.fiscalYear, target: null, actual: null }));
    return s;
  };
  for (const p of raw.targets) {
    const s = at(p);
    const v = figure(p);
    if (s && v !== null && (s.target === null || p.kind === 'target')) s.target = v;
  }
  for (const p of raw.actuals) {
    const s = at(p);
    const v = figure(p);
    if (s && v !== null && s.actual === null) s.actual = v;
  }
  const series = [...byYear.values()].filter((s) => s.target !== null || s.actual !== null).sort((a, b) => a.fiscalYear - b.fiscalYear);
  if (series.length || (report.target === null && report.actual === null)) return series;
  return [{ label: report.actualPeriod ?? '今期', fiscalYear: 0, target: report.target, actual: report.actual }];
}
