/**
 * A term of fiscal years written in a heading: 「前期（R3〜R5）」「後期（R6～R8）」「目標値（令和3年度～令和5年度）」「令和3～5年度」
 * 「2021～2023年度」. A target headed by a term is the target at the term's end (前期目標 = the figure to reach by R5), so its
 * year is the term's last one, never its first (「目標値（R3～R5）」 is no R3 target). A term within one year, or running back, is none.
 */
import { compactForPeriod, findPeriod, type Period } from './periods';

export interface YearTerm {
  from: Period;
  to: Period;
  /** Where the term is written in the compacted text (compactForPeriod), and how long. */
  index: number;
  length: number;
}

/** 「～」「〜」「-」「から」 between the two years. */
const RANGE_ON = /^(?:[～〜~\-－–—]|から)/;
/** The second year written without its era, the first one's era going on (「令和3～5年度」); 年度 / まで after it. */
const BARE_SECOND = /^(元|\d{1,2})(年度?)?/;
/** A 4-digit year with nothing after it, then the range mark, before a 「2023年度」: 「2021～2023年度」. */
const BARE_FIRST = /((?:19|20)\d{2})(?:[～〜~\-－–—]|から)$/;
/** How many years a plan's term may run: longer is no term of a target. */
const LONGEST = 10;

function eraNumberOf(label: string): number | null {
  const m = /(元|\d{1,2})(?:年度?)?$/.exec(label);
  return m ? (m[1] === '元' ? 1 : Number(m[1])) : null;
}

function fiscal(label: string, fiscalYear: number): Period {
  return { label, fiscalYear, kind: 'fiscal', year: fiscalYear };
}

/** The second year of a term starting with `first` (its era kept when left out), with the end of its text. */
function secondYear(t: string, first: { period: Period; end: number }): { period: Period; end: number } | null {
  const on = RANGE_ON.exec(t.slice(first.end));
  if (!on) return null;
  const at = first.end + on[0].length;
  const rest = t.slice(at);
  const full = findPeriod(rest);
  if (full && full.index === 0) return { period: full.period, end: at + full.length };
  const bare = BARE_SECOND.exec(rest);
  const firstNumber = eraNumberOf(first.period.label);
  if (!bare || firstNumber === null || /^(19|20)\d{2}/.test(first.period.label)) return null;
  const n = bare[1] === '元' ? 1 : Number(bare[1]);
  return { period: fiscal(bare[0], first.period.fiscalYear + n - firstNumber), end: at + bare[0].length };
}

/** The first term of years written in the text, or null. */
export function yearTerm(text: string): YearTerm | null {
  const t = compactForPeriod(text);
  const p = findPeriod(t);
  if (!p || p.period.kind === 'month') return null;
  const bareFirst = BARE_FIRST.exec(t.slice(0, p.index));
  if (bareFirst) {
    const from = fiscal(bareFirst[1], Number(bareFirst[1]));
    return termOf(from, p.period, p.index - bareFirst[0].length, p.index + p.length);
  }
  const second = secondYear(t, { period: p.period, end: p.index + p.length });
  return second ? termOf(p.period, second.period, p.index, second.end) : null;
}

function termOf(from: Period, to: Period, start: number, end: number): YearTerm | null {
  if (to.kind === 'month' || to.fiscalYear <= from.fiscalYear || to.fiscalYear - from.fiscalYear >= LONGEST) return null;
  return { from, to, index: start, length: end - start };
}

/** Words a term heading may hold besides its years: 前期 / 後期 / 中期 / 第2期 / 計画期間, 目標, 年度 / まで / 末, brackets. */
const TERM_WORDS = /^(?:前期|後期|中期|第\d{1,2}期|計画期間|期間|目標値?|年度|まで|末|の|[()（）【】[\]「」:：・\s])*$/;

/** A heading that is a term of years and nothing else (「前期（R3〜R5）」「（R6～R8）」): the term's last year, else null. */
export function termHeading(text: string): Period | null {
  const term = yearTerm(text);
  if (!term) return null;
  const t = compactForPeriod(text);
  const rest = t.slice(0, term.index) + t.slice(term.index + term.length);
  return TERM_WORDS.test(rest) ? term.to : null;
}
