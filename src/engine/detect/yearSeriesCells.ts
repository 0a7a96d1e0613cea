/**
 * One cell writing a figure per year, 「令和3年度：3,120人　令和4年度：3,870人　令和5年度：4,210人」 or 「R3 588,000／R4 601,200」:
 * a point per year, each of its own year, so that the period's figure is the one read and the others are earlier years'.
 * Read as one value, the figures were several measures of one year graded together, and the first year named the period.
 * Each part must be a year then a figure (or a pending word), the years distinct; anything else keeps the cell as it is.
 * A year compared with (「令和5年度 4,210人（令和4年度比 +340人）」) gives no figure of its own: the change is passed over,
 * never read as that year's figure; a year a span starts at (「令和4年度から 100」) makes no series.
 */
import { compactForPeriod, findPeriod, type Period } from '../values/periods';
import { parseValue } from '../values/values';
import type { Point, RawIndicator } from './types';

/** A cell of year-and-figure parts is a short line, never a paragraph. */
const MAX_TEXT = 200;
/** What may stand between a year and its figure, and between one part and the next. */
const LEAD = /^[\s:：=＝]+/;
const TRAIL = /[\s/／、,，;；・|｜(（]+$/;
/** A year compared with (「令和4年度比 +340人」): the figure is a change from that year, not its figure; the part is passed over. */
const COMPARED = /^(?:比|対比|比較|に比べ|と比べ|との差)/;
/** A year a span starts or ends at (「令和4年度から 100」): no figure of that year, and no series. */
const SPAN = /^(?:から|より|まで|以降|以来|～|~|〜)/;

/** The year-and-figure parts of a text, or null when it is not made of them only (at least two, distinct fiscal years). */
export function yearSeries(text: string): { period: Period; text: string }[] | null {
  if (text.length > MAX_TEXT) return null;
  let rest = compactForPeriod(text).trim();
  const parts: { period: Period; text: string }[] = [];
  let compared = 0;
  while (rest) {
    const m = findPeriod(rest);
    if (!m || m.index !== 0 || m.period.kind !== 'fiscal') return null;
    // findPeriod reads its own compaction of the text: with no white space or separator leading, its indices are this text's.
    const after = rest.slice(m.length).replace(LEAD, '');
    const next = findPeriod(after);
    const figure = (next ? after.slice(0, next.index) : after).replace(TRAIL, '');
    const parsed = parseValue(figure);
    if (!figure || SPAN.test(figure) || (parsed.status !== 'value' && parsed.status !== 'pending')) return null;
    if (COMPARED.test(figure)) compared++;
    else parts.push({ period: m.period, text: figure });
    rest = next ? after.slice(next.index) : '';
  }
  const years = new Set(parts.map((p) => p.period.fiscalYear));
  return parts.length >= 1 && parts.length + compared >= 2 && years.size === parts.length ? parts : null;
}

/** The points, each cell of year-and-figure parts replaced by its parts, in order (a plain loop: flatMap made an array per point). */
function split<P extends Point>(points: P[]): P[] {
  const out: P[] = [];
  for (const p of points) {
    const parts = typeof p.raw === 'string' ? yearSeries(p.raw) : null;
    if (!parts) out.push(p);
    else for (const part of parts) out.push({ ...p, period: part.period, parsed: parseValue(part.text) });
  }
  return out;
}

/** The indicator's actuals and targets with each cell of year-and-figure parts read as a point per year (in place). */
export function splitYearSeriesCells(ind: RawIndicator): void {
  ind.actuals = split(ind.actuals);
  ind.targets = split(ind.targets);
}
