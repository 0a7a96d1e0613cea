/**
 * An indicator whose direction nothing states is graded as more-is-better (direction.ts). Its yearly targets may still
 * show which way the office wants it: three or more years' targets, none above the year before's and two or more below it, the last more than a
 * tenth under the first and by a twentieth a year on average (再相談率 20 → 18 → 15 ％), are set by an office that wants
 * less of it — or one holding a count against a decline it expects (人口 50,000 → 49,500 → 49,000: under a tenth; 出生数
 * 450 → 400 over four years: under a twentieth a year; no sign). So the grade rests on a guess: a
 * `reading-uncertain` finding names the first and the last of those targets, the direction left as read (up). A guess
 * about the baseline already made (directionGuess.ts) says it; monthly targets are no yearly course; nor are the targets of a
 * line whose yearly actuals add up into a running total beside it (detect/yearlyPartsOfTotal.ts).
 */
import type { RawIndicator } from '../detect';
import { guessFinding } from '../model/findings';
import type { Finding, IndicatorReport } from '../model/report';
import { periodOrder, type Period } from '../values/periods';
import type { DirectionSource } from './direction';

/** The last target under this share of the first is a course down, not a count held against a decline. */
const HELD = 0.9;

/**
 * Nor is a fall slower than a twentieth a year on average: births and populations planned against a decline fall by
 * two or three hundredths a year (出生数 450 → 400 over four years: more is still better), an office's aim to cut a thing by more.
 */
const YEARLY = 0.95;

/**
 * The yearly targets of distinct years, oldest first; null when one year holds two different figures. The baseline is none
 * of them, though its cell stands on the 目標値 line (基準値 merged down over a KPI's 目標値 and 実績値 lines).
 */
function yearlyTargets(ind: RawIndicator): { value: number; cell: string; order: number }[] | null {
  const byYear = new Map<number, { value: number; cell: string; order: number }>();
  const baselines = new Set(ind.baselines.map((b) => b.cell));
  for (const t of ind.targets) {
    const value = t.parsed.value;
    if (value === undefined || !t.period || t.period.kind === 'month' || baselines.has(t.cell)) continue;
    const order = periodOrder(t.period);
    const had = byYear.get(order);
    if (had && had.value !== value) return null;
    if (!had) byYear.set(order, { value, cell: t.cell, order });
  }
  return [...byYear.values()].sort((a, b) => a.order - b.order);
}

/**
 * Whether the targets fall from year to year, never rising, falling at least twice (20 → 18 → 15 → 15 levels off at the
 * end), all above zero, the last more than a tenth under the first and by a twentieth a year on average over the years
 * between them (2020年度 | 2025年度 | 2030年度 are ten years apart, not two steps: review rv42).
 */
function fallEveryYear(ts: readonly { value: number; order: number }[]): boolean {
  if (ts.length < 3 || !(ts[0].value > 0) || !(ts[ts.length - 1].value > 0)) return false;
  const [first, last] = [ts[0], ts[ts.length - 1]];
  const years = Math.round((last.order - first.order) / 100);
  const falls = ts.filter((t, i) => i > 0 && t.value < ts[i - 1].value).length;
  return (
    ts.every((t, i) => i === 0 || t.value <= ts[i - 1].value) && falls >= 2 && last.value < first.value * HELD && last.value < first.value * YEARLY ** years
  );
}

/** The guess when the direction was read by default (up) while the yearly targets fall year after year, else none. */
export function fallingTargetsFindings(r: IndicatorReport, ind: RawIndicator, source: DirectionSource, period: Period | null): Finding[] {
  if (source !== 'default' || r.direction !== 'up' || r.grade === null) return [];
  if (r.guesses.some((g) => g.reason === 'direction-unstated')) return [];
  // Yearly additions to a running total beside them (新規加盟店数（単年度） under 加盟店数（累計）): fewer left to add, no aim down.
  if (ind.addsIntoTotal) return [];
  const ts = yearlyTargets(ind);
  if (!ts || !fallEveryYear(ts)) return [];
  const guess = { reason: 'targets-falling' as const, cells: [ts[0].cell, ts[ts.length - 1].cell] };
  r.guesses.push(guess);
  return [guessFinding(r.sheet, r.name, guess, period?.label ?? null)];
}
