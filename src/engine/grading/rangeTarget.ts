/**
 * A target written as a range, 「45～60%」「1,200～1,500人」: the plan asks for a figure inside it, so an indicator that should
 * go up has reached its target at the lower bound, one that should go down at the upper bound. The range's other bound is
 * no second target (the cell is not two measures to pair with the actual).
 */
import type { RawIndicator } from '../detect';
import type { Direction } from '../values/labels';
import { memo, normalizeText } from '../values/text';

const FIGURE = String.raw`(\d[\d,]*(?:\.\d+)?)`;
/** Two figures joined by a wave dash (or tilde), each with at most the same short unit, nothing else in the cell. */
const RANGE = new RegExp(String.raw`^${FIGURE}\s*([^\d\s～〜~]{0,4}?)\s*[～〜~]\s*${FIGURE}\s*([^\d\s]{0,4})$`);

/** A band written with its bound words: 「40％以上60％以下」「40以上、60未満」. */
const BAND = new RegExp(String.raw`^${FIGURE}\s*([^\d\s～〜~]{0,4}?)\s*以上\s*[、,・]?\s*${FIGURE}\s*([^\d\s]{0,4}?)\s*(?:以下|未満)$`);

/** The bounds and unit of a range written in a cell, or null when the text is not a range (or its bounds are out of order or in different units). */
export function rangeOf(text: string): Readonly<{ low: number; high: number; unit?: string }> | null {
  return rangeMemo(text);
}

const rangeMemo = memo((text: string): { low: number; high: number; unit?: string } | null => {
  const t = normalizeText(text).trim();
  const band = RANGE.test(t) ? null : BAND.exec(t);
  const m = RANGE.exec(t) ?? band;
  if (!m) return null;
  const [low, high] = [Number(m[1].replace(/,/g, '')), Number(m[3].replace(/,/g, ''))];
  const unit = m[4] || m[2];
  // A band from 0 (「0％以上2％以下」) is a ceiling, no floor to reach: no range read (a cell left for a clerk).
  if (!(low < high) || (m === band && low <= 0) || (m[2] && m[4] && m[2] !== m[4]) || /以上|以下|未満|以内|年|月|日/.test(unit ?? '')) return null;
  return unit ? { low, high, unit } : { low, high };
});

/** The indicator with each range target read as the bound its direction reaches first (lower for up, upper for down). */
export function withRangeTargets(ind: RawIndicator, direction: Direction): RawIndicator {
  let changed = false;
  const targets = ind.targets.map((t) => {
    const range = typeof t.raw === 'string' ? rangeOf(t.raw) : null;
    if (!range) return t;
    changed = true;
    const value = direction === 'down' ? range.high : range.low;
    const text = t.parsed.text;
    return { ...t, parsed: range.unit ? { status: 'value' as const, value, unit: range.unit, text } : { status: 'value' as const, value, text } };
  });
  return changed ? { ...ind, targets } : ind;
}

/**
 * An actual beyond the far bound of a range target (「80～90％」, actual 92.4): the plan asks for a figure inside the range, so
 * an overshoot is no full attainment. It is graded as bound ÷ actual, the mirror of falling short. Only where no way is stated
 * anywhere (the direction is the default, up): a range beside 「増加」 or ↑ only hedges a target to reach, and more stays
 * better. `target` is the bound the grading used (the floor) in the actual's unit: the bounds are scaled to it (「1.2～1.5千人」
 * against 1,350 人). Null when the target is no range or the actual is inside it.
 */
export function beyondRange(
  raw: unknown,
  actual: number,
  target: number,
  direction: { value: Direction; source: string },
): { low: number; high: number; side: 'above'; attainment: number } | null {
  const range = typeof raw === 'string' ? rangeOf(raw) : null;
  if (!range || actual <= 0 || range.low <= 0 || direction.value !== 'up' || direction.source !== 'default') return null;
  const scale = target / range.low;
  const [low, high] = [Number((range.low * scale).toPrecision(12)), Number((range.high * scale).toPrecision(12))];
  return actual > high ? { low, high, side: 'above', attainment: high / actual } : null;
}
