/**
 * A note defining the words 「前年度以上」 by the year they stand for: 「※目標欄の「前年度以上」は、令和4年度実績の数値以上を目標とする。」.
 * The note names a year, not 「前年度」: the reader takes the named year's actual as the target only where that year is the
 * one before the target's, and says so (a `target-from-last-year` guess naming the target's and that actual's cells), since
 * matching the note's year to each row's 前年度 is its own reading (grading/lastYearTarget.ts).
 */
import { findPeriod } from '../values/periods';

/** The quoted words (前年度以上 / 前年度以下 / 前年度実績以上 …), then the year named and its 実績, then 以上 / 以下 … 目標. */
const NOTE =
  /[「『]?(?:前年度?|昨年度?)(?:の?実績値?)?(?:以上|以下|を上回る|を下回る)[」』]?(?:と(?:は|いう(?:の|記載)?は)|は)[、,]?(.{2,12}?)の?実績値?(?:の(?:数値|値))?(?:以上|以下|を上回|を下回)[^。]{0,20}目標/;

/** The fiscal year a sheet's note defines 「前年度以上」 by, or null when no note does. */
export function namedYearOfBoundNote(text: string): number | null {
  if (text.length > 200 || !text.includes('前')) return null;
  const m = NOTE.exec(text.replace(/\s+/g, ''));
  if (!m) return null;
  const year = findPeriod(m[1]);
  return year && year.index === 0 && year.length === m[1].length && year.period.kind === 'fiscal' ? year.period.fiscalYear : null;
}
