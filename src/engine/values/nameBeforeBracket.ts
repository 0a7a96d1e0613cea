/**
 * 「河川の環境基準（BOD）達成率」: a heading word (達成率) closing a text whose first part, before a bracket, is words of a name. Read
 * part by part such a text would be the heading (labels.ts compositeLabel); it is a name closing with a measure word. Only when the
 * parts are split by a bracket alone and the text goes on past it (「基本目標(KPI)」 stays its bracket's heading), the first part is
 * four or more characters and no heading, and no part is a period or a year relative to the sheet's (「前年度（令和4年度）実績」
 * stays an actual's heading).
 */
import { findPeriod } from './periods';
import { findRelativePeriod } from './relativePeriods';

/** `isHeading`: whether a part is a heading the label rules know (or a 内容 / 概要 part). */
export function nameBeforeBracket(t: string, parts: string[], isHeading: (part: string) => boolean): boolean {
  if (/[/／・,、]|[)）]$/.test(t) || parts[0].length < 4 || isHeading(parts[0])) return false;
  return !parts.some((p) => findPeriod(p) || findRelativePeriod(p));
}
