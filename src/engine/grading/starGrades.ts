/**
 * A star grade: 「★★★」「★★」「★」 (a 総合戦略's KPI graded in stars, its legend 「★★★：目標達成　★★：達成率70％以上…」),
 * or the same written out to the scale's length with white stars, 「★★☆」. It is another scale than the configured A–D,
 * read as written like ◎ or S (otherScales.ts): reported as the department's grade, never compared with the computed one
 * nor overwritten. The number of filled stars is the grade; more filled is better.
 *
 * Narrow: the cell holds stars and nothing else (spaces aside), one to five filled ones first, then only white ones, at most
 * five in all; 「★重点」, 「☆☆☆」 or 「☆★」 are none.
 */
import type { CellValue } from '../model/port';

/** The most stars a scale of stars has. */
const MOST_STARS = 5;
/** The fewest grades a star scale is shown with: ★★★ / ★★ / ★. */
const FEWEST_GRADES = 3;

/** The star grade a cell holds, as written (spaces taken out), with the marks of its scale best first; null for anything else. */
export function starGrade(raw: CellValue | undefined): { grade: string; marks: string[] } | null {
  if (typeof raw !== 'string') return null;
  const t = raw.normalize('NFKC').replace(/\s+/g, '');
  const m = /^(★+)(☆*)$/.exec(t);
  if (!m || t.length > MOST_STARS) return null;
  const length = m[2] ? t.length : Math.max(FEWEST_GRADES, m[1].length);
  const marks = Array.from({ length }, (_, i) => '★'.repeat(length - i) + (m[2] ? '☆'.repeat(i) : ''));
  return { grade: t, marks };
}
