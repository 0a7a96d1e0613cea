/**
 * A system export's column name, its words joined by an underscore with the year as one of them (「実績_2023」
 * 「評価_2023」「2023_目標」「R05_実績値」): the year part dates the column, the other part says what it holds, as
 * 「2023年度実績」 would. A bare four-digit year stands for that fiscal year (an export writes FY years so). Exactly two
 * parts, one of them a year and nothing else: a name with several underscores or two years is no such heading.
 *
 * machineHeading: a period written as a clerk writes it (「R05_目標値」「FY2023_実績」「目標値_令和5年度」) joined to a word reads as
 * the heading with a space (「R05 目標値」); a side that is no period on its own (「指標1_名称」「実績値_1」, a bare 「2023」) leaves
 * the text as it is (numberedGroups.ts and other headings read those; a bare year is fieldNameLabel's).
 */
import { findPeriod, parsePeriodArg, type Period } from './periods';
import { normalizeText } from './text';
import type { Label, Role } from './labels';

/** A part that is a year alone: 2023, FY2023, R05, 令和5年度. */
function yearAlone(part: string): Period | null {
  if (/^(19|20)\d{2}$/.test(part)) return parsePeriodArg(part);
  const m = findPeriod(part);
  if (!m || m.period.kind !== 'fiscal') return null;
  const rest = part.slice(0, m.index) + part.slice(m.index + m.length);
  return rest.replace(/^年度/, '') ? null : m.period;
}

/** The word part and the year of an underscore-joined column name, or null when the text is not one. */
export function fieldNameYear(text: string): { word: string; period: Period } | null {
  const t = normalizeText(text).replace(/\s+/g, '');
  if (!t.includes('_')) return null;
  const parts = t.split('_');
  if (parts.length !== 2 || parts.some((p) => !p)) return null;
  const years = parts.map(yearAlone);
  if (years[0] && years[1]) return null;
  const at = years.findIndex(Boolean);
  return at < 0 ? null : { word: parts[1 - at], period: years[at]! };
}

/** What a period is written for: the columns an export names 「実績_2023」「評価_2023」. */
const DATED_ROLES: ReadonlySet<Role> = new Set<Role>(['actual', 'expected', 'target', 'baseline', 'grade']);

/**
 * 「実績_2023」: an export's column name, its word part classified (`classify`: labels.ts) and dated by the year part. Only a
 * word naming a figure for a period (実績, 目標, 評価 …) and carrying no period of its own.
 */
export function fieldNameLabel(text: string, classify: (s: string) => Label | null): Label | null {
  const f = fieldNameYear(text);
  const label = f ? classify(f.word) : null;
  if (!f || !label || label.period || label.relative !== undefined || !DATED_ROLES.has(label.role)) return null;
  return { ...label, period: f.period };
}

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
