/**
 * A year heading with the plan's point in brackets, under a target heading: 目標値 over 「R5（中間）」 | 「R8（最終）」,
 * 「令和7年度（最終年度）」, 「R5（中間目標）」. The year is the target's: the plan's mid-term or final target for that year.
 * Read only under a target heading (detect/header.ts): alone, 「R5（中間）」 may as well head a mid-term review's measured value.
 */
import { compactForPeriod, findPeriod, type Period } from './periods';
import { termHeading } from './yearTerm';

/** The bracketed note after the year naming the plan's point: 中間 / 最終, with 年度, 年次, 目標 or 値 after it. */
const PLAN_POINT = /^[(（【[](?:計画)?(?:中間|最終)(?:年度|年次|年)?(?:目標値?|値)?[)）】\]]$/;

/** The year of a heading that is a year and the plan's point in brackets and nothing else, else null. */
export function planPointHeading(text: string): Period | null {
  const t = compactForPeriod(text).trim();
  const p = findPeriod(t);
  if (!p || p.index !== 0 || p.period.kind === 'month') return null;
  const rest = t.slice(p.length).replace(/^年度/, '');
  return PLAN_POINT.test(rest) ? p.period : null;
}

/** The year a heading under a target heading gives its target: a term's last year (「前期（R3〜R5）」, values/yearTerm.ts) or the plan's point's. */
export function targetHeadingYear(text: string): Period | null {
  return termHeading(text) ?? planPointHeading(text);
}
