/**
 * Targets written relative to the baseline: 「基準値比10%増」「基準値から5%減」「現状値より20％削減」.
 * A clerk computes them from the baseline (220 from 200; 11,400 from 12,000) and reads the way they
 * point (減 ⇒ lower is better). The computed figure rests on reading the words, so it is reported
 * as a guess naming the target's and the baseline's cells; without a baseline there is no number
 * (never the percentage itself as the target).
 */
import type { Point, RawIndicator, ReadingGuess, TargetPoint } from '../detect';
import { normalizeText } from '../values/text';
import type { ParsedValue } from '../values/values';

const RELATIVE =
  /(?:基準値?|基準年度?|現状値?|現況値?|計画策定時|策定時)(?:の値)?(?:比|から|より|に対し(?:て)?|に比べ(?:て)?)[\s、]*(\d+(?:\.\d+)?)\s*(?:%|％|パーセント)\s*(?:以上|程度)?の?\s*(増加?|向上|上昇|増|減少?|削減|低減|抑制|減)/;

const PERCENT = /[%％]|パーセント/;

/** The percentage and the way of a target written relative to the baseline, or null. */
export function relativeToBaseline(text: string): { percent: number; way: 'up' | 'down' } | null {
  const t = normalizeText(text);
  // RELATIVE needs a percentage: a text without one is told without running it.
  if (!PERCENT.test(t)) return null;
  const m = RELATIVE.exec(t.replace(/\s+/g, ' '));
  if (!m) return null;
  return { percent: Number(m[1]), way: /^(増|向上|上昇)/.test(m[2]) ? 'up' : 'down' };
}

function computed(t: TargetPoint, baseline: Point | undefined, rel: { percent: number; way: 'up' | 'down' }): ParsedValue {
  const text = t.parsed.text;
  if (!baseline || baseline.parsed.status !== 'value' || baseline.parsed.value === undefined) return { status: 'text', text };
  const factor = 1 + ((rel.way === 'up' ? 1 : -1) * rel.percent) / 100;
  const value = Math.round(baseline.parsed.value * factor * 1e9) / 1e9;
  return baseline.parsed.unit ? { status: 'value', value, unit: baseline.parsed.unit, text } : { status: 'value', value, text };
}

/**
 * The indicator with its relative targets computed from the baseline (the way they point stated
 * unless the row states one), and the guesses that rest on them.
 */
export function withRelativeTargets(ind: RawIndicator, baseline: Point | undefined): { ind: RawIndicator; guesses: ReadingGuess[] } {
  const guesses: ReadingGuess[] = [];
  let way: { value: 'up' | 'down'; cell: string; text: string } | undefined;
  const targets = ind.targets.map((t) => {
    const rel = typeof t.raw === 'string' ? relativeToBaseline(t.raw) : null;
    if (!rel) return t;
    const parsed = computed(t, baseline, rel);
    if (parsed.status === 'value') guesses.push({ reason: 'target-from-baseline', cells: [t.cell, baseline!.cell] });
    way ??= { value: rel.way, cell: t.cell, text: t.parsed.text };
    return { ...t, parsed };
  });
  if (!way) return { ind, guesses };
  return { ind: { ...ind, targets, ...(ind.statedDirection ? {} : { statedDirection: way }) }, guesses };
}
