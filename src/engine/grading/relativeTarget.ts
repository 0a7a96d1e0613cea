/**
 * Targets written relative to the baseline: 「基準値比10%増」「基準値から5%減」「現状値より20％削減」,
 * or as a difference in points from it (「＋2.0ポイント」「基準値から3ポイント向上」「-1.5pt」: the baseline plus
 * or minus the points, as a clerk adds 2.0 points to a 72.5 % baseline), or as a multiple of it
 * (「基準値比半減」 half of it, 「倍増」 twice, 「基準値の1.5倍」, 「基準値から3割減」 0.7 of it), or as a change written alone
 * (「△10％」) under a heading or with a note that names the base (detect/baseRelativeTargets.ts marks such targets), or as the
 * target of a row whose unit is no percentage (「△10％」 for a count in t cannot be its level).
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

const POINTS_SIGNED = /^(?:目標)?[\s:：]*([+\-−＋－])\s*(\d+(?:\.\d+)?)\s*(?:ポイント|pt|ｐｔ|ﾎﾟｲﾝﾄ)(?:以上)?(?:\s|[(（]|$)/i;
const POINTS_WORDED =
  /(?:基準値?|基準年度?|現状値?|現況値?|計画策定時|策定時)(?:の値)?(?:比|から|より|に対し(?:て)?|に比べ(?:て)?)[\s、]*(\d+(?:\.\d+)?)\s*(?:ポイント|pt|ﾎﾟｲﾝﾄ)\s*(?:以上|程度)?の?\s*(増加?|向上|上昇|増|改善|減少?|削減|低減|抑制|減)/i;

/** The points and the way of a target written as a difference in points from the baseline (「＋2.0ポイント」「基準値から3ポイント減」), or null. */
export function pointsFromBaseline(text: string): { points: number; way: 'up' | 'down' } | null {
  const t = normalizeText(text).trim();
  if (!/ポイント|pt|ﾎﾟｲﾝﾄ/i.test(t)) return null;
  const signed = POINTS_SIGNED.exec(t);
  if (signed) return { points: Number(signed[2]), way: /[+＋]/.test(signed[1]) ? 'up' : 'down' };
  const worded = POINTS_WORDED.exec(t.replace(/\s+/g, ' '));
  if (!worded) return null;
  return { points: Number(worded[1]), way: /^(増|向上|上昇|改善)/.test(worded[2]) ? 'up' : 'down' };
}

const BASE_WORD = '(?:基準値?|基準年度?|現状値?|現況値?|計画策定時|策定時)(?:の値)?';
/** 「基準値比半減」「基準値から倍増」「基準値の1.5倍」「現状値の2分の1」「基準値から3割減」. */
const MULTIPLE = new RegExp(
  `${BASE_WORD}(?:の|比|から|より|に対し(?:て)?|に比べ(?:て)?)[\\s、]*(?:(半減|倍増)|(\\d+(?:\\.\\d+)?)\\s*倍|(\\d+)\\s*分の\\s*(\\d+)|(\\d+(?:\\.\\d+)?)\\s*割\\s*(増加?|向上|上昇|増|減少?|削減|低減|減))`,
);

/** The factor and the way of a target written as a multiple of the baseline (半減 ⇒ 0.5, 倍増 ⇒ 2, 1.5倍, 3割減 ⇒ 0.7), or null. */
export function multipleOfBaseline(text: string): { factor: number; way: 'up' | 'down' } | null {
  const t = normalizeText(text).replace(/\s+/g, ' ');
  if (!/半減|倍|割|分の/.test(t)) return null;
  const m = MULTIPLE.exec(t);
  if (!m) return null;
  let factor: number;
  if (m[1]) factor = m[1] === '半減' ? 0.5 : 2;
  else if (m[2]) factor = Number(m[2]);
  else if (m[3]) factor = Number(m[4]) / Number(m[3]);
  else factor = 1 + (/^(増|向上|上昇)/.test(m[6]) ? 1 : -1) * (Number(m[5]) / 10);
  if (!(factor > 0) || factor === 1) return null;
  return { factor, way: factor > 1 ? 'up' : 'down' };
}

/** 「基準値から12件増」「現状値より300人の増加」「基準値から5回減」: a change in the indicator's own unit (no %, ポイント, 倍 or 割). */
const AMOUNT = new RegExp(
  `${BASE_WORD}(?:比|から|より|に対し(?:て)?|に比べ(?:て)?)[\\s、]*(\\d[\\d,]*(?:\\.\\d+)?)\\s*([^\\d\\s%％倍割分.,、。()（）]{1,4}?)\\s*(?:以上|程度)?の?\\s*(増加?|向上|上昇|増|減少?|削減|低減|抑制|減)`,
);

/**
 * The amount, its unit and the way of a target written as a difference in units from the baseline (「基準値から12件増」 ⇒
 * 12 件 up), or null. ポイント and pt are points (pointsFromBaseline), 倍 and 割 multiples: none of them is an amount.
 */
export function amountFromBaseline(text: string): { amount: number; unit: string; way: 'up' | 'down' } | null {
  const t = normalizeText(text).replace(/\s+/g, ' ');
  const m = AMOUNT.exec(t);
  if (!m || /^(ポイント|ﾎﾟｲﾝﾄ|pt)/i.test(m[2])) return null;
  const amount = Number(m[1].replace(/,/g, ''));
  if (!(amount > 0)) return null;
  return { amount, unit: m[2], way: /^(増|向上|上昇)/.test(m[3]) ? 'up' : 'down' };
}

/** Whether the amount's unit is the indicator's own (its 単位 or the baseline's unit): only then is it added to the baseline. */
function sameUnit(unit: string, ind: RawIndicator, baseline: Point | undefined): boolean {
  const own = [ind.unit, baseline?.parsed.unit].filter((u): u is string => !!u).map((u) => normalizeText(u).trim());
  return own.includes(normalizeText(unit).trim());
}

/** 「△10％」「▲5%」「-15％」「＋3％」「10％減」「20%削減」「5％増」: a change in percent and nothing else. */
const BARE_SIGNED = /^([△▲+-])\s*(\d+(?:\.\d+)?)\s*%$/;
const BARE_WORDED = /^(\d+(?:\.\d+)?)\s*%\s*(増加?|向上|上昇|増|減少?|削減|縮減|低減|減)$/;
/** A percentage with no sign or word reads as the change only below this (「縮減目標 10％」); 「90％」 may be the share kept. */
const PLAIN_CHANGE_BELOW = 50;

/**
 * The percentage and the way of a change written alone (「△10％」「10％削減」), read only where the heading or a note says it is a
 * change from the baseline (detect/baseRelativeTargets.ts): alone it may be the level of a rate. A figure with no sign or
 * word (「10％」) takes the way the heading states (`way`: 縮減目標 down), else it is none.
 */
export function bareChange(text: string, way?: 'up' | 'down'): { percent: number; way: 'up' | 'down' } | null {
  const t = normalizeText(text).trim();
  const signed = BARE_SIGNED.exec(t);
  const worded = signed ? null : BARE_WORDED.exec(t);
  const plain = signed || worded ? null : /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
  const percent = Number((signed ? signed[2] : worded ? worded[1] : plain?.[1]) ?? NaN);
  const written = signed ? (signed[1] === '+' ? 'up' : 'down') : worded ? (/^(増|向上|上昇)/.test(worded[2]) ? 'up' : 'down') : way;
  if (!written || !(percent > 0) || (written === 'down' && percent >= 100)) return null;
  // 「基準年度比 90％」 with no sign is as often the share of the base kept as the change: only a small one reads as the change.
  if (plain && percent >= PLAIN_CHANGE_BELOW) return null;
  return { percent, way: written };
}

/** A target cell's text as written, a figure formatted in percent (-0.1 shown 「△10%」) as its percentage. */
function changeText(t: TargetPoint): string | null {
  if (typeof t.raw === 'string') return t.raw;
  const { value, unit } = t.parsed;
  return typeof t.raw === 'number' && value !== undefined && unit === '%' ? (value < 0 ? `△${-value}%` : `${value}%`) : null;
}

/**
 * A target under a heading (or note) naming the base that was not computed from it and is no level either: a negative
 * figure, or a percentage with a sign or a word (「＋5％」 of a rate: points or a twentieth?), or one of an indicator not
 * measured in percent. Graded as a level it gave a confident wrong grade; it stays words.
 */
function changeNotLevel(t: TargetPoint, ind: RawIndicator, baseline: Point | undefined): boolean {
  const { status, value, unit } = t.parsed;
  if (!t.ofBaseline || status !== 'value' || value === undefined) return false;
  if (value < 0) return true;
  if (unit !== '%') return false;
  const text = typeof t.raw === 'string' ? normalizeText(t.raw).trim() : '';
  return /^[+＋]/.test(text) || BARE_WORDED.test(text) || !inPercent(ind, baseline);
}

/** A unit that is a percentage: ％, %, パーセント. */
const isPercent = (u: string | undefined) => !!u && /^(%|％|パーセント)$/.test(normalizeText(u).trim());

/** A baseline measured in percent: a change 「△10％」 from it may be points as well as a tenth, so nothing is computed. */
function inPercent(ind: RawIndicator, baseline: Point | undefined): boolean {
  return [ind.unit, baseline?.parsed.unit].some(isPercent);
}

/**
 * A row measured in a unit that is no percentage (t, kl, 件), none of its actuals written in percent either: a signed change
 * 「△10％」「10％削減」 in its target cell cannot be its level, only a change from the baseline, whatever the heading says.
 */
function levelNotInPercent(ind: RawIndicator): boolean {
  return !!ind.unit && !isPercent(ind.unit) && !ind.actuals.some((a) => isPercent(a.parsed.unit));
}

type Relative =
  | { percent: number; way: 'up' | 'down' }
  | { points: number; way: 'up' | 'down' }
  | { factor: number; way: 'up' | 'down' }
  | { amount: number; unit: string; way: 'up' | 'down' };

function rawFrom(base: number, rel: Relative): number {
  if ('factor' in rel) return base * rel.factor;
  const sign = rel.way === 'up' ? 1 : -1;
  if ('amount' in rel) return base + sign * rel.amount;
  return 'points' in rel ? base + sign * rel.points : base * (1 + (sign * rel.percent) / 100);
}

function computed(t: TargetPoint, baseline: Point | undefined, rel: Relative): ParsedValue {
  const text = t.parsed.text;
  if (!baseline || baseline.parsed.status !== 'value' || baseline.parsed.value === undefined) return { status: 'text', text };
  const raw = rawFrom(baseline.parsed.value, rel);
  const value = Math.round(raw * 1e9) / 1e9;
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
    const written =
      typeof t.raw === 'string' ? (relativeToBaseline(t.raw) ?? pointsFromBaseline(t.raw) ?? multipleOfBaseline(t.raw) ?? amountFromBaseline(t.raw)) : null;
    // 「△10％」 under a heading naming the base, or a note saying its figures are a rate against it (baseRelativeTargets.ts).
    const text = !written && !inPercent(ind, baseline) ? changeText(t) : null;
    const bare =
      text && t.ofBaseline
        ? bareChange(text, ind.statedDirection?.value === 'up' || ind.statedDirection?.value === 'down' ? ind.statedDirection.value : undefined)
        : // 「△10％」 as the target of a row counted in t: a change, though nothing names the base; a figure with no sign or word stays.
          text && levelNotInPercent(ind)
          ? bareChange(text)
          : null;
    const rel = written ?? bare;
    if (!rel) return changeNotLevel(t, ind, baseline) ? { ...t, parsed: { status: 'text' as const, text: t.parsed.text } } : t;
    // An amount in another unit than the indicator's (「基準値から3千人増」 for 人) is not added: the target is left unread.
    const parsed = 'amount' in rel && !sameUnit(rel.unit, ind, baseline) ? ({ status: 'text', text: t.parsed.text } as const) : computed(t, baseline, rel);
    if (parsed.status === 'value')
      guesses.push({ reason: 'target-from-baseline', cells: bare && t.ofBaseline ? [t.cell, baseline!.cell, t.ofBaseline] : [t.cell, baseline!.cell] });
    way ??= { value: rel.way, cell: t.cell, text: t.parsed.text };
    return { ...t, parsed };
  });
  if (!way) return { ind: targets.every((t, i) => t === ind.targets[i]) ? ind : { ...ind, targets }, guesses };
  return { ind: { ...ind, targets, ...(ind.statedDirection ? {} : { statedDirection: way }) }, guesses };
}
