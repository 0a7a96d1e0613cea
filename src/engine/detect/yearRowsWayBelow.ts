/**
 * A 目指す方向 line under the measures of a year-rows table, between the header and the years:
 *   年度 | 補導人数（人）  (merged)  | …
 *        | 目標 | 実績              | …
 *   目指す方向 | ↓減少 (merged over the pair) | …
 * Its cell is the way of the indicator whose name's columns it lies within (yearRowsWay.ts), never the column's measure
 * heading. Only a line the period column labels a direction, right under a measure heading (目標 / 実績); a cell on it
 * that reads no way (「－」) gives none.
 */
import { classifyLabel, SERIES_ROLES } from '../values/labels';

/** The heading on such a line, taken off the column's headings (top to bottom); undefined when the column has none. */
export function wayBelowMeasures<H extends { text: string }>(headings: H[], onDirectionRow: (h: H) => boolean): H | undefined {
  if (headings.length < 2 || !onDirectionRow(headings[headings.length - 1])) return undefined;
  const role = classifyLabel(headings[headings.length - 2].text)?.role;
  return role && SERIES_ROLES.has(role) ? headings.pop() : undefined;
}
