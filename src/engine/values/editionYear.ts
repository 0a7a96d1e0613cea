/**
 * A year naming an edition of a publication, 「環境白書（令和6年度版）」「2024年版」: the year the report is published in, which
 * reports on the year before's figures. It gives way to the year of the figures the same title names (「― 2023年度の取組と
 * 環境の状況 ―」); a title naming no other year keeps it, as before (the figures' latest year is then checked against it).
 */
import { yearOutsideTerms } from './yearRange';
import { compactForPeriod, findPeriod, type Period } from './periods';

/** 版 right after the year (「令和6年度版」, 「2024年版」), a bracket or a space between allowed. */
const EDITION_MARK = /^\s*版/;

/** The title's year: the first one naming no term's bound (yearRange.ts) and, where the title names another year, no edition. */
export function titleYear(text: string): Period | null {
  const t = compactForPeriod(text);
  let rest = '';
  let from = 0;
  let cut = false;
  for (let p = findPeriod(t); p; p = findPeriod(t.slice(from))) {
    const end = from + p.index + p.length;
    const edition = EDITION_MARK.exec(t.slice(end));
    // The edition's year and its 版 are left out of the text the year is sought in.
    rest += edition ? `${t.slice(from, from + p.index)} ` : t.slice(from, end);
    cut ||= !!edition;
    from = edition ? end + edition[0].length : end;
  }
  const other = cut ? yearOutsideTerms(rest + t.slice(from)) : null;
  return other ?? yearOutsideTerms(text);
}
