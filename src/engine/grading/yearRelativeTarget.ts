/**
 * Targets written relative to a named year's figure: 「2013年度比△46％」「平成25年度比26％削減」「2019年度から10%増」.
 * As a clerk reads them, the figure to reach is that year's figure on the indicator's own row (the 基準値 noted
 * 「1,250（2013年度）」, a 基準値（2013年度） column, or that year's actual) times 1 ± N/100: 1,250 × 0.54 = 675. △ / ▲ / −
 * before the percentage, or 減 / 削減 / 低減 after it, point down; ＋ or 増 / 向上 up; a sign and words pointing
 * opposite ways, or neither, say nothing. A target that is the year's level itself (「2019年水準」「令和元年度の水準まで回復」)
 * is that year's figure, and states no way.
 * The computed figure is the reader's arithmetic on another cell, so it is a `target-from-baseline` guess naming the
 * target's and that figure's cells. With no figure of that year on the row (a bare 基準値 of no stated year, or another
 * year's), or two such figures that differ, there is no number: the target stays words (never −46).
 */
import type { Point, RawIndicator, ReadingGuess, TargetPoint } from '../detect';
import { findPeriod } from '../values/periods';
import { normalizeText } from '../values/text';
import type { ParsedValue } from '../values/values';

/** The base year, the joining word, then the percentage with its sign and its words, the rest a bracketed note at most. */
const SHAPE =
  /^(.+?)(?:比|から|より|に比べ(?:て)?|に対し(?:て)?)[\s、]*([△▲+\-−])?\s*(\d+(?:\.\d+)?)\s*(?:%|パーセント)\s*(?:以上|程度)?の?\s*(増加?|向上|上昇|増|減少?|削減|低減|縮減|減)?\s*(?:[(（][^()（）]*[)）])?$/;

export interface YearRelative {
  /** The calendar year written (2013 for 2013年度 and 平成25年度). */
  year: number;
  percent: number;
  /** The way the change points; none for the year's level itself (「2019年水準」). */
  way?: 'up' | 'down';
}

/**
 * The year's level itself: 「2019年水準」「2019年度の水準まで回復」「令和元年並み」, a note without figures in brackets at most
 * (「（コロナ前）」). 「2019年水準（12,000千人）」 writes its figure: that figure is the target (review rv46).
 */
const LEVEL = /^(.+?)の?(?:水準|並み|レベル)(?:まで|へ|に|を)?(?:の)?(?:回復|復帰|到達|維持|確保)?(?:\s*[(（][^()（）\d]*[)）])?$/;

/** The year alone before the words (「2013年度」「平成25年度」「H25」), not 基準年度 or 前年度: its calendar year. */
function wholeYear(words: string): number | null {
  const found = findPeriod(words);
  if (!found || found.index !== 0 || found.length !== words.length || found.period.kind === 'month') return null;
  return found.period.year;
}

/** What a target relative to a named year's figure says, or null when the text is not one. */
export function relativeToYear(text: string): YearRelative | null {
  const t = normalizeText(text).replace(/\s+/g, ' ').trim();
  const level = LEVEL.exec(t);
  const levelYear = level ? wholeYear(level[1]) : null;
  if (levelYear !== null) return { year: levelYear, percent: 0 };
  if (!/[%％]|パーセント/.test(t)) return null;
  const m = SHAPE.exec(t);
  if (!m) return null;
  // The words before 比 are a year and nothing else (「2013年度」「平成25年度」「H25」), not 基準年度 or 前年度.
  const year = wholeYear(m[1]);
  if (year === null) return null;
  const bySign = m[2] === undefined ? undefined : m[2] === '+' ? 'up' : 'down';
  const byWord = m[4] === undefined ? undefined : /^(増|向上|上昇)/.test(m[4]) ? 'up' : 'down';
  if (bySign && byWord && bySign !== byWord) return null;
  const way = bySign ?? byWord;
  if (!way) return null;
  const percent = Number(m[3]);
  if (!(percent > 0) || (way === 'down' && percent >= 100)) return null;
  return { year, percent, way };
}

/** The year a figure on the row is of: its column's or line's period, else the note in its cell (「1,250（2013年度）」). */
function yearOf(p: Point): number | undefined {
  return p.period?.year ?? p.parsed.notePeriod?.year;
}

/** The one figure of that year on the indicator's row (its baselines first, then its actuals), or undefined. */
function figureOf(ind: RawIndicator, year: number): Point | undefined {
  const single = (p: Point) => p.parsed.status === 'value' && p.parsed.value !== undefined && !p.parsed.ambiguous && yearOf(p) === year;
  const found = [...ind.baselines.filter(single), ...ind.actuals.filter((p) => single(p) && !p.forecast)];
  if (!found.length) return undefined;
  return found.every((p) => p.parsed.value === found[0].parsed.value) ? found[0] : undefined;
}

function computed(t: TargetPoint, base: Point | undefined, rel: YearRelative): ParsedValue {
  const text = t.parsed.text;
  if (!base || base.parsed.value === undefined) return { status: 'text', text };
  const raw = base.parsed.value * (1 + ((rel.way === 'up' ? 1 : -1) * rel.percent) / 100);
  const value = Math.round(raw * 1e9) / 1e9;
  return base.parsed.unit ? { status: 'value', value, unit: base.parsed.unit, text } : { status: 'value', value, text };
}

/**
 * The indicator with its targets relative to a named year computed from that year's figure on its row (the way they point
 * stated unless the row states one), and the guesses that rest on them.
 */
export function withYearRelativeTargets(ind: RawIndicator): { ind: RawIndicator; guesses: ReadingGuess[] } {
  const guesses: ReadingGuess[] = [];
  let way: { value: 'up' | 'down'; cell: string; text: string } | undefined;
  const targets = ind.targets.map((t) => {
    const rel = typeof t.raw === 'string' ? relativeToYear(t.raw) : null;
    if (!rel) return t;
    const base = figureOf(ind, rel.year);
    const parsed = computed(t, base, rel);
    if (parsed.status === 'value') guesses.push({ reason: 'target-from-baseline', cells: [t.cell, base!.cell] });
    if (rel.way) way ??= { value: rel.way, cell: t.cell, text: t.parsed.text };
    return { ...t, parsed };
  });
  if (!guesses.length && !way) return { ind, guesses };
  return { ind: { ...ind, targets, ...(ind.statedDirection || !way ? {} : { statedDirection: way }) }, guesses };
}
