/**
 * A forecast is not the latest actual: on a sheet whose title names its year (「令和６年度 …の達成状況」), a figure marked
 * provisional (「5,900（見込み）」, 速報値, 暫定) in a later year's row or column is that year's forecast, not a result of the
 * year evaluated. It stays read as that year's provisional actual; only the choice of the evaluation period when none is
 * stated (actions/evaluationPeriod.ts, the latest period with actuals) passes it over.
 */
import type { Point, SheetMeta } from './types';

/** Whether `point` is a provisional actual of a later year than the one the sheet's title (or stated period) names. */
export function isForecastBeyondTitle(meta: Pick<SheetMeta, 'titlePeriod' | 'statedPeriod'>, point: Pick<Point, 'period' | 'parsed'>): boolean {
  const own = meta.statedPeriod?.period ?? meta.titlePeriod;
  if (!own || own.kind !== 'fiscal' || point.parsed.status !== 'value' || point.parsed.qualifier !== 'provisional') return false;
  const period = point.period ?? point.parsed.notePeriod;
  return !!period && period.fiscalYear > own.fiscalYear;
}
