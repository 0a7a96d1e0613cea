/**
 * A line of yearly figures beside a running total they add up into (新規加盟店数（単年度） 162 | 113 | 64 over 加盟店数（累計）
 * 162 | 275 | 339): each year's figure is what was added to the total that year, so the line counts additions to a total the
 * office wants to grow, and yearly targets that fall (150 → 100 → 80 → 60, fewer left to add) state no aim to reduce it
 * (grading/fallingTargets.ts asks `addsIntoTotal`). The sheet's own figures say so: on two years at least the total's actual
 * minus the year before's is this line's actual, and on no year does it differ.
 * Guards: the total must be another indicator of the sheet marked cumulative (「（累計）」, a 累計 heading), not stated
 * lower-is-better; years whose three figures are not all numbers are passed over; one year that does not add up, or a second
 * total the line would add into as well, leaves the line as it was.
 */
import { periodOrder } from '../values/periods';
import type { Point, RawIndicator } from './types';

/** How many years must add up. */
const MIN_YEARS = 2;

/** The line's numeric actuals by year order. */
function byYear(points: Point[]): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of points) {
    const v = p.parsed.status === 'value' ? p.parsed.value : undefined;
    if (p.period && p.period.kind !== 'month' && typeof v === 'number') out.set(periodOrder(p.period), v);
  }
  return out;
}

/** Whether the part's yearly actuals are the total's yearly increases: MIN_YEARS at least, none off. */
export function addsUpInto(part: Point[], total: Point[]): boolean {
  const [a, b] = [byYear(part), byYear(total)];
  const years = [...b.keys()].sort((x, y) => x - y);
  let added = 0;
  for (let i = 1; i < years.length; i++) {
    const [prev, cur] = [b.get(years[i - 1])!, b.get(years[i])!];
    const own = a.get(years[i]);
    if (own === undefined) continue;
    if (Math.abs(cur - prev - own) > 1e-9 * Math.max(1, Math.abs(cur))) return false;
    added++;
  }
  return added >= MIN_YEARS;
}

const isTotal = (ind: RawIndicator) => (ind.cumulative || /累計/.test(ind.name)) && ind.statedDirection?.value !== 'down';

/** Marks each line of the sheet whose yearly actuals add up into exactly one running total beside it. */
export function markYearlyPartsOfTotal(indicators: RawIndicator[]): void {
  const totals = indicators.filter(isTotal);
  if (!totals.length) return;
  for (const ind of indicators) {
    if (isTotal(ind)) continue;
    const into = totals.filter((t) => addsUpInto(ind.actuals, t.actuals));
    if (into.length === 1) ind.addsIntoTotal = into[0].nameCell;
  }
}
