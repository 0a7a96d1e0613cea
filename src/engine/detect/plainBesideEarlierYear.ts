/**
 * A table's plain 実績 column beside an actual column headed with an earlier year (「実績効果額 | … | 令和4年度実績」 under a
 * 「令和５年度 …」 title): the plain column is the year the sheet states (評価対象期間, else its title's year), the dated one the
 * year before shown beside it. Without this, the only dated figure (the earlier year's) passed for the latest actual and set the
 * evaluation period. Read only when the sheet states a fiscal year, every dated actual of the row is of an earlier year and one
 * figure alone is undated (no year note in its cell, no 前年度 / 今年度 heading); a dated column of the sheet's own year or later,
 * or no year stated, leaves the plain column undated as before.
 */
import type { Period } from '../values/periods';
import type { Point, RawIndicator, SheetMeta } from './types';

const undated = (p: Point) => !p.period && p.relative === undefined && !p.parsed.notePeriod;

/** Dates, in place, the plain actual of each table row beside earlier years' actuals with the sheet's own year (see above). */
export function datePlainBesideEarlierYears(meta: Pick<SheetMeta, 'statedPeriod' | 'titlePeriod'>, indicators: RawIndicator[]): void {
  const own: Period | undefined = meta.statedPeriod?.period ?? meta.titlePeriod;
  if (!own || own.kind !== 'fiscal') return;
  for (const ind of indicators) {
    if (ind.layout !== 'table') continue;
    const plain = ind.actuals.filter(undated);
    const dated = ind.actuals.filter((p) => p.period);
    if (plain.length !== 1 || !dated.length || dated.length + plain.length !== ind.actuals.length) continue;
    if (!dated.every((p) => p.period!.fiscalYear < own.fiscalYear)) continue;
    plain[0].period = own;
  }
}
