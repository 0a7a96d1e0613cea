/**
 * A note whose subject is a year's 実績 as a whole: it opens (after a ※ / 注 mark) with the year and 実績 —
 * 「※令和5年度の実績値は…」「R5実績は…」「注1：2023年度実績については…」 — so it speaks of that year's column of every
 * indicator, not of one row (「No.1のR5実績は…」 opens with the row). The notes about a year's figures (detect/forecastNote.ts,
 * detect/yearActualNote.ts) read their subject here.
 */
import { findPeriod } from './periods';
import { normalizeText } from './text';

/** The opening: a note mark, the year (group 1), の, 実績 / 実績値, 欄, and the particle closing the subject. */
const OPENING =
  /^(?:※|注|\*)?\d{0,2}[、:：]?((?:令和|平成|R|H)(?:\d{1,2}|元)年?度?|(?:19|20)\d{2}年?度?)の?実績(?:値)?(?:欄)?(は|について(?:は)?|には|では|が)?/i;

/** The year whose 実績 a note opens with, whether it closes the subject with a particle (は, について), and the words after. */
export function yearActualSubject(text: string): { fiscalYear: number; closed: boolean; rest: string } | null {
  const t = normalizeText(text).replace(/\s+/g, '');
  const m = OPENING.exec(t);
  if (!m) return null;
  const period = findPeriod(m[1])?.period;
  if (!period || period.kind === 'month') return null;
  return { fiscalYear: period.fiscalYear, closed: !!m[2] && m[2] !== 'が', rest: t.slice(m[0].length) };
}
