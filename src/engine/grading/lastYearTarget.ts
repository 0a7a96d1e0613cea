/**
 * Targets written relative to last year's actual: 「前年度以上」「前年度以下」「前年度＋2件」「前年度実績−5%」, or in words
 * 「前年度比10％増」「前年度実績の5％減」「前年度から3件増」 (as a clerk reads them, the figure to reach is last year's actual,
 * plus or minus the amount, the way given by 以上 / 以下, the sign or 増 / 減).
 * A percentage of last year's actual (1,200 × 1.1 for 「前年度比10％増」) is the reader's arithmetic on a figure read from
 * another cell, as a percentage of the baseline is (relativeTarget.ts): it is reported as a guess naming the target's and
 * last year's actual's cells.
 * Last year is the year before the target's own (its column or line, else the evaluation period); with no actual of that
 * year on the indicator's row there is no number (never the stated amount itself as the target: 「前年度＋2件」 is not 2).
 * A bare 「前年度以上」 is a figure only on a sheet that writes the arithmetic (detect/lastYearTargetEvidence.ts), or on a row whose
 * written grade is the one last year's actual as the target gives (gradeByLastYear.ts, a guess); elsewhere it stays a target in
 * words, with no number. Last year named by its year and its 実績 (「令和4年度実績以上」 on a 令和５年度 row) is the same target; a
 * named year other than the one before the target's is not last year, and stays words (review rv80 item 13).
 */
import type { Point, RawIndicator, ReadingGuess, TargetPoint } from '../detect';
import { findPeriod, type Period } from '../values/periods';
import { normalizeText } from '../values/text';
import type { ParsedValue } from '../values/values';
import { gradedAgainstLastYear } from './gradeByLastYear';
import { lastYearActualBeside } from './lastYearActualBeside';
import type { Rules } from './rules';

const LAST_YEAR = /^(?:前年度?|昨年度?)(?:の?実績値?|の?値)?(?:比|から)?/;
const BOUND = /^(?:を?(以上|以下|を上回る|を下回る|超|未満)|と?同(?:数|値|程度)?以上)$/;
const AMOUNT = /^([+\-−＋－])\s*(\d+(?:\.\d+)?)\s*([%％]|[^\d\s]{0,4})\s*(?:以上|増|減)?$/;
/** The amount in words after last year: 「10％増」「の5％減」「に対して3件以上増加」 (比 or から already read with last year). */
const WORDED =
  /^(?:の|に対し(?:て)?|に比べ(?:て)?)?(\d+(?:\.\d+)?)(%|パーセント|[^\d%増減向上]{0,4}?)(?:以上|程度)?の?(増加?|向上|上昇|増|減少?|削減|低減|抑制|減)$/;

export interface LastYearRelative {
  way: 'up' | 'down';
  /** The amount added to (or taken from) last year's actual, and whether it is a percentage of it. */
  amount: number;
  percent: boolean;
  /** The fiscal year the words name instead of 前年度 (「令和4年度実績以上」), when they do. */
  year?: number;
}

/** A named year's 実績 opening the words, 「令和4年度実績」「R4の実績値」: its length and year, or null (a bare year may be a target). */
function namedYearActual(t: string): { length: number; year: number } | null {
  const p = findPeriod(t);
  if (!p || p.index !== 0 || p.period.kind !== 'fiscal') return null;
  const m = /^の?実績値?(?:比|から)?/.exec(t.slice(p.length));
  return m && m[0] ? { length: p.length + m[0].length, year: p.period.fiscalYear } : null;
}

/** What a target relative to last year's actual says, or null when the text is not one. */
export function relativeToLastYear(text: string): LastYearRelative | null {
  const t = normalizeText(text).replace(/\s+/g, '');
  const named = namedYearActual(t);
  const m = named ? null : LAST_YEAR.exec(t);
  if (!named && (!m || !m[0])) return null;
  const rel = relativeRest(t.slice(named?.length ?? m![0].length));
  return rel && named ? { ...rel, year: named.year } : rel;
}

/** What follows last year's words: a bound, an amount in words or a signed amount; null otherwise. */
function relativeRest(rest: string): LastYearRelative | null {
  const bound = BOUND.exec(rest);
  if (bound) return { way: /以下|下回|未満/.test(bound[1] ?? '') ? 'down' : 'up', amount: 0, percent: false };
  const worded = WORDED.exec(rest);
  if (worded) {
    const way = /^(増|向上|上昇)/.test(worded[3]) ? 'up' : 'down';
    return { way, amount: (way === 'up' ? 1 : -1) * Number(worded[1]), percent: /%|パーセント/.test(worded[2]) };
  }
  const amount = AMOUNT.exec(rest);
  if (!amount) return null;
  const way = /[+＋]/.test(amount[1]) ? 'up' : 'down';
  return { way, amount: (way === 'up' ? 1 : -1) * Number(amount[2]), percent: /[%％]/.test(amount[3]) };
}

/** Whether the row's written grade is the one its actual earns against last year's actual (gradeByLastYear.ts). */
function gradeShowsLastYear(ind: RawIndicator, year: number, way: 'up' | 'down', rules: Rules | undefined, words: string): boolean {
  const last = rules && !ind.lastYearRefuted ? lastYearActual(ind, year) : undefined;
  return !!last && gradedAgainstLastYear(ind, year, last, way, rules!, words);
}

function lastYearActual(ind: RawIndicator, year: number): Point | undefined {
  return ind.actuals.find((p) => p.period?.fiscalYear === year - 1 && p.parsed.status === 'value' && p.parsed.value !== undefined && !p.parsed.ambiguous);
}

function computed(t: TargetPoint, last: Point | undefined, rel: LastYearRelative): ParsedValue {
  const text = t.parsed.text;
  if (!last || last.parsed.value === undefined) return { status: 'text', text };
  const raw = rel.percent ? last.parsed.value * (1 + rel.amount / 100) : last.parsed.value + rel.amount;
  const value = Math.round(raw * 1e9) / 1e9;
  return last.parsed.unit ? { status: 'value', value, unit: last.parsed.unit, text } : { status: 'value', value, text };
}

/**
 * The indicator with its targets relative to last year computed from last year's actual, and the way they point stated unless
 * the row states one; and the guesses that rest on them (a percentage of last year's actual, computed).
 */
export function withLastYearTargets(ind: RawIndicator, period: Period | null, rules?: Rules): { ind: RawIndicator; guesses: ReadingGuess[] } {
  let way: { value: 'up' | 'down'; cell: string; text: string } | undefined;
  const guesses: ReadingGuess[] = [];
  const targets = ind.targets.map((t) => {
    const year = t.period?.fiscalYear ?? period?.fiscalYear;
    const read = typeof t.raw === 'string' ? relativeToLastYear(t.raw) : null;
    // 「令和4年度実績以上」 is last year's only on a 令和5年度 target.
    const rel = read?.year === undefined || (year !== undefined && read.year === year - 1) ? read : null;
    if (!rel || year === undefined) return t;
    const last = lastYearActual(ind, year);
    // A bare bound (前年度以上) is a figure only where the sheet says so, or the row's written grade shows it (gradeByLastYear.ts),
    // or it names last year's 実績 written beside it on a row under no grade column (lastYearActualBeside.ts): each a guess.
    // An amount (前年度＋2件) always is a figure.
    const bare = rel.amount === 0 && !ind.targetsFromLastYear;
    const byGrade = bare && gradeShowsLastYear(ind, year, rel.way, rules, t.parsed.text);
    const byRow = bare && !byGrade && lastYearActualBeside(ind, t.parsed.text, last);
    if (bare && !byGrade && !byRow) return t;
    // A note naming the year 「前年度以上」 stands for (namedYearBoundNote.ts) speaks of one year's targets only.
    const named = ind.targetsFromNamedYear;
    if (rel.amount === 0 && named !== undefined && named !== year - 1) return t;
    way ??= { value: rel.way, cell: t.cell, text: t.parsed.text };
    const parsed = computed(t, last, rel);
    if ((rel.percent || named !== undefined || ind.targetsFromLastYearByRatio || byGrade || byRow) && last && parsed.status === 'value')
      guesses.push({ reason: 'target-from-last-year', cells: [t.cell, last.cell] });
    return { ...t, parsed };
  });
  if (!way) return { ind, guesses };
  return { ind: { ...ind, targets, ...(ind.statedDirection ? {} : { statedDirection: way }) }, guesses };
}
