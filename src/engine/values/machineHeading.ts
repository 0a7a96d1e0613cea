/**
 * A column name as a system exports it: a period and a heading word joined by an underscore, 「R05_目標値」「FY2023_実績」
 * 「目標値_令和5年度」. The underscore stands for the space a clerk writes (「R05 目標値」); nothing else is changed. A side that is
 * no period on its own (「指標1_名称」「実績値_1」, a bare 「2023」) leaves the text as it is: numbered groups (numberedGroups.ts)
 * and other headings read those.
 */
import { normalizeText } from './text';
import { findPeriod } from './periods';

/** Whether the whole text is one period (R05, FY2023, 令和5年度, 2023年度). */
function wholePeriod(s: string): boolean {
  const p = findPeriod(s);
  return !!p && p.index === 0 && p.length === s.length;
}

/** The heading with its underscore read as a space, or null when it is no period joined to a word. */
export function machineHeading(text: string): string | null {
  if (!text.includes('_') && !text.includes('＿')) return null;
  const m = /^([^_]+)_([^_]+)$/.exec(normalizeText(text).trim());
  if (!m) return null;
  const [a, b] = [m[1].trim(), m[2].trim()];
  if (!a || !b || wholePeriod(a) === wholePeriod(b)) return null;
  return `${a} ${b}`;
}
