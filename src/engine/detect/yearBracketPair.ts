/**
 * A year heading with its two measures in brackets after it, as a column over 「150／128」 cells is often headed:
 *   令和６年度⏎（目標／実績）   R5（実績/目標）
 * reads as 「令和６年度 目標／実績」 does (measurePairs.ts): the year dates both measures, the cells hold them in that order.
 * Only a period and nothing else before the bracket (no 基準 / 現状 mark, no increase), and one slash inside it: whether
 * its two parts are measures of different roles is measurePair's to say (「令和５年度（上半期／下半期）」 stays no pair).
 */
import { parsePeriodCell } from '../values/periods';

const YEAR_THEN_BRACKET = /^([^（()）]+?)\s*[（(]([^（()）/／]+[／/][^（()）/／]+)[)）]$/;

/** The heading as a year followed by its two measures (「令和６年度 目標／実績」), or null when it is not written so. */
export function yearBracketPair(heading: string): string | null {
  const m = YEAR_THEN_BRACKET.exec(heading.trim());
  if (!m) return null;
  const year = parsePeriodCell(m[1]);
  if (!year || year.baseline || year.increase || year.period.kind === 'month') return null;
  return `${m[1].trim()} ${m[2].trim()}`;
}
