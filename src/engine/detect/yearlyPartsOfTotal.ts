/**
 * A line of yearly figures beside a running total they add up into (新規加盟店数（単年度） 162 | 113 | 64 over 加盟店数（累計）
 * 162 | 275 | 339): each year's figure is what was added to the total that year, so the line counts additions to a total the
 * office wants to grow, and yearly targets that fall (150 → 100 → 80 → 60, fewer left to add) state no aim to reduce it
 * (grading/fallingTargets.ts asks `addsIntoTotal`). The sheet's own figures say so: on two years at least the total's actual
 * minus the year before's is this line's actual, and on no year does it differ.
 * Guards: the total must be another indicator of the sheet marked cumulative (「（累計）」, a 累計 heading) whose direction,
 * as resolved (stated, else its words, bound or subject: 耕作放棄地面積（累計） is down by what it counts), is up; a line whose
 * name counts an unwanted increase (新規発生面積, 新規拡大面積, 被害, 事故, 違反, 苦情 …) is never such additions, however it
 * adds up (fewer new abandoned fields is the aim, its falling targets say so: review rv80 item 3); years whose three figures are not all numbers are passed over; one year that does not add up, or a second
 * total the line would add into as well, leaves the line as it was.
 */
import { unstatedDirection } from '../grading/direction';
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

/**
 * Words of a thing nobody wants more of arising or spreading: a line counting them is no addition the office wants, unless
 * a word of undoing it follows (耕作放棄地の解消面積, 事故防止講座: the undoing is what is counted).
 */
const UNWANTED_INCREASE = /(発生|拡大|放置|放棄|被害|事故|違反|苦情|犯罪|不法|滞納|廃業|荒廃)(?!.*(解消|防止|対策|削減|再生|解決|活用|改善|撤去|除去|整備))/;

/** The total's direction as grading resolves it when no 評価設定 says: stated, else its words, bound or subject. */
function resolvedUp(ind: RawIndicator): boolean {
  const stated = ind.statedDirection?.value;
  if (stated === 'down') return false;
  return stated === 'up' || unstatedDirection(ind).value === 'up';
}

const isTotal = (ind: RawIndicator) => (ind.cumulative || /累計/.test(ind.name)) && resolvedUp(ind);
const markedTotal = (ind: RawIndicator) => ind.cumulative || /累計/.test(ind.name);

/** Marks each line of the sheet whose yearly actuals add up into exactly one running total beside it. */
export function markYearlyPartsOfTotal(indicators: RawIndicator[]): void {
  const totals = indicators.filter(isTotal);
  if (!totals.length) return;
  for (const ind of indicators) {
    if (markedTotal(ind) || UNWANTED_INCREASE.test(ind.name)) continue;
    const into = totals.filter((t) => addsUpInto(ind.actuals, t.actuals));
    if (into.length === 1) ind.addsIntoTotal = into[0].nameCell;
  }
}
