/**
 * A bracketed note after a rating label naming the period the rating is of: 「施策の達成状況（対象：R6）」「達成度評価
 * （評価対象年度：令和６年度）」. The label is still the rating's label (metaLabels.ts): the note says only which year is rated,
 * as a scale hint 「（Ａ～Ｄ）」 says only how.
 *
 * Narrow: the note opens with 対象 words (対象 / 評価対象 / 対象年度 / 評価対象年度 / 対象期間, a colon after them or not) and the
 * rest is one fiscal year and nothing else. A bare year in brackets (「施策の達成状況（R5）」, possibly last year's of a pair) or a
 * note of anything else (「（前年度：B）」) is no such note.
 */
import { findPeriod } from './periods';
import type { Period } from './periods';

const NOTE = /[(（](?:評価)?対象(?:年度|期間)?[:：]?([^()（）]{2,12})[)）]$/;

/** The note of the rated year at the end of a compacted label: where it starts and the year, or null. */
function ratedNote(text: string): { index: number; period: Period } | null {
  const m = NOTE.exec(text);
  if (!m) return null;
  const p = findPeriod(m[1]);
  if (!p || p.index !== 0 || p.length !== m[1].length || p.period.kind !== 'fiscal') return null;
  return { index: m.index, period: p.period };
}

/** The label without its note of the rated period (text compacted: no white space), or the label as it was. */
export function withoutRatedPeriod(text: string): string {
  const n = ratedNote(text);
  return n ? text.slice(0, n.index) : text;
}

/**
 * The fiscal year a rating label's note names (「施策評価（対象年度：令和５年度）」 → 2023), or null. A label noting another
 * year than the sheet's evaluated one is that year's rating (last year's, beside this year's), not the sheet's (review rv72).
 */
export function ratedYear(label: string): number | null {
  return ratedNote(label.normalize('NFKC').replace(/\s+/g, ''))?.period.fiscalYear ?? null;
}
