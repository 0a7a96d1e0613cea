/**
 * An actual column (or line) whose heading says its figures are not final: 「令和5年度実績（見込）」, 「R5実績見込み」,
 * 「実績（速報値）」, 「暫定値」. Every figure under it is read as provisional, as if 見込み were written beside each number: graded,
 * said as provisional (warning actual-provisional), never silently as a final figure. 見込量 (the planned quantity of a
 * 障害福祉計画, a target's word) says nothing of the figures; a heading that denies the word (「確定値（速報値ではない）」) neither.
 * A heading over several years naming the year it speaks of (「実績値（R5は見込み）」 over R3 | R4 | R5) makes only that year's
 * figures provisional.
 * Which of two actual columns of one year is the year's (実績 beside 実績見込, 速報値 beside 確定値) is told elsewhere
 * (forecastColumns.ts, provisionalTwins.ts); this only says what the figures kept from such a column are.
 */
import { findPeriod } from '../values/periods';
import type { Point } from './types';

/** A word of a heading saying the figures under it are early or estimated. */
const NOT_FINAL = /見込|見通し|速報|暫定/;
/** The same words where they say nothing of the figures: the planned quantity (見込量), or a denial. */
const NOT_ABOUT_FIGURES = /見込量|(見込|見通し|速報|暫定)[^、。,]{0,3}?(ではなく|でなく|ではない|でない)/;

/** Whether a heading says the figures under it are not final. */
export function headingSaysNotFinal(heading: string): boolean {
  const h = heading.normalize('NFKC').replace(/\s+/g, '');
  return NOT_FINAL.test(h) && !NOT_ABOUT_FIGURES.test(h);
}

/** Whether a heading naming a year speaks of another year than the point's. */
function namesAnotherYear(heading: string, p: Point): boolean {
  const named = findPeriod(heading)?.period;
  return !!named && !!p.period && named.fiscalYear !== p.period.fiscalYear;
}

/**
 * The point read under `headings` (its column's, top first, or its line's label), marked provisional when one of them says
 * its figures are not final, names no other year than the point's, and the figure carries no qualifier yet.
 */
export function markedProvisional<P extends Point>(p: P, headings: readonly string[]): P {
  if (p.parsed.status !== 'value' || p.parsed.qualifier) return p;
  if (!headings.some((h) => headingSaysNotFinal(h) && !namesAnotherYear(h, p))) return p;
  return { ...p, parsed: { ...p.parsed, qualifier: 'provisional' } };
}
