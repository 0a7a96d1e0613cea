/**
 * A system export's column name, its words joined by an underscore with the year as one of them (「実績_2023」
 * 「評価_2023」「2023_目標」「R05_実績値」): the year part dates the column, the other part says what it holds, as
 * 「2023年度実績」 would. A bare four-digit year stands for that fiscal year (an export writes FY years so). Exactly two
 * parts, one of them a year and nothing else: a name with several underscores or two years is no such heading.
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
