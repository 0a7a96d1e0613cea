/**
 * An actual written as a part of a whole, 「12/15校」「412/430教室（95.8％）」「7人中5人（71.4％）」: one figure, never two measures. It is the
 * count done (12 校) — or, where the target is a rate (100％), its rate: the rate written beside it in brackets, else the
 * part over the whole. A part larger than its whole, or a cell with no unit after the whole and no rate, is no such figure
 * (a date 12/15, two measures 実績／目標 that measurePairs reads by its heading) and is left as it was read.
 */
import type { RawIndicator } from '../detect';
import type { Point } from '../detect/types';
import { normalizeText } from '../values/text';

const COUNT = String.raw`(\d[\d,]*)`;
/** part / whole, a counting unit after the whole (no %, no date word), a rate in brackets after it, nothing else. */
const FRACTION = new RegExp(String.raw`^${COUNT}\s*[/／]\s*${COUNT}\s*([^\d\s/／()（）%％.,]{1,4})?\s*(?:[(（]\s*(\d+(?:\.\d+)?)\s*[%％]\s*[)）])?$`);
const NOT_A_UNIT = /[年月日時現在点付]/;
/** A counting unit written after a count (人, 校, 件): no figure, bracket, rate or date word. */
const UNIT = String.raw`([^\d\s/／()（）%％.,中]{1,4})`;
/** The rate in brackets after the counts: 「（71.4％）」. */
const RATE = String.raw`(?:[(（]\s*(\d+(?:\.\d+)?)\s*[%％]\s*[)）])`;
/** The whole first, then the part: 「7人中5人（71.4％）」「15校のうち12校」, a unit after each count or the part's alone. */
const WHOLE_FIRST = new RegExp(String.raw`^${COUNT}\s*${UNIT}?\s*(?:中|のうち)\s*${COUNT}\s*${UNIT}?\s*${RATE}?$`);

export interface Fraction {
  part: number;
  whole: number;
  unit?: string;
  /** The rate written beside the fraction, in %. */
  rate?: number;
}

/** The part, whole, unit and written rate of a cell holding a part of a whole, or null. */
export function fractionOf(text: string): Fraction | null {
  const t = normalizeText(text).trim();
  const m = FRACTION.exec(t);
  if (!m) return wholeFirst(t);
  const [part, whole] = [Number(m[1].replace(/,/g, '')), Number(m[2].replace(/,/g, ''))];
  const unit = m[3];
  const rate = m[4] !== undefined ? Number(m[4]) : undefined;
  if (!(whole > 0) || part > whole || (unit && NOT_A_UNIT.test(unit)) || (!unit && rate === undefined)) return null;
  return { part, whole, ...(unit ? { unit } : {}), ...(rate !== undefined ? { rate } : {}) };
}

/**
 * 「7人中5人（71.4％）」: of the whole (7), the part (5), its rate in brackets. The units, where both are written, are one;
 * a part larger than its whole is no such figure.
 */
function wholeFirst(t: string): Fraction | null {
  const m = WHOLE_FIRST.exec(t);
  if (!m) return null;
  const [whole, part] = [Number(m[1].replace(/,/g, '')), Number(m[3].replace(/,/g, ''))];
  const [wholeUnit, unit] = [m[2], m[4]];
  if (!(whole > 0) || part > whole || (wholeUnit && unit && wholeUnit !== unit)) return null;
  const u = unit ?? wholeUnit;
  const rate = m[5] !== undefined ? Number(m[5]) : undefined;
  if ((u && NOT_A_UNIT.test(u)) || (!u && rate === undefined)) return null;
  return { part, whole, ...(u ? { unit: u } : {}), ...(rate !== undefined ? { rate } : {}) };
}

const isRate = (unit: string | null | undefined) => !!unit && /^[%％]$|^パーセント$/.test(unit.trim());

/** Whether the indicator's target is a rate: its unit, else its first target figure's unit. */
function targetIsRate(ind: RawIndicator): boolean {
  if (ind.unit) return isRate(ind.unit);
  const t = ind.targets.find((p) => p.parsed.status === 'value' && p.parsed.unit);
  return isRate(t?.parsed.unit);
}

function asFigure(p: Point, f: Fraction, rate: boolean): Point {
  const text = p.parsed.text;
  if (rate) {
    const value = f.rate ?? Math.round((1000 * f.part) / f.whole) / 10;
    return { ...p, parsed: { status: 'value', value, unit: '%', text } };
  }
  return { ...p, parsed: f.unit ? { status: 'value', value: f.part, unit: f.unit, text } : { status: 'value', value: f.part, text } };
}

/** The indicator with each actual written as a part of a whole read as one figure (the count, or the rate where the target is one). */
export function withFractionActuals(ind: RawIndicator): RawIndicator {
  // Only a cell read as two unlabelled figures can be a fraction: most indicators have none and are returned at once.
  if (!ind.actuals.some((p) => p.parsed.status === 'value' && p.parsed.ambiguous && typeof p.raw === 'string')) return ind;
  const rate = targetIsRate(ind);
  let changed = false;
  const actuals = ind.actuals.map((p) => {
    const f = p.parsed.ambiguous && typeof p.raw === 'string' ? fractionOf(p.raw) : null;
    if (!f) return p;
    changed = true;
    return asFigure(p, f, rate);
  });
  return changed ? { ...ind, actuals } : ind;
}
