/**
 * A 目指す方向 line of a year-rows table written as a label and its way in one cell, between an indicator's name and its
 * measures:
 *   年度 | 通いの場の参加者数（人）  (merged)  | …
 *        | 目指す方向：↑増加        (merged)  | …
 *        | 目標 | 実績                        | …
 * The cell is the way of the indicator whose name's columns it lies within (yearRowsWay.ts), never its name. Only a cell
 * whose label is a direction (values/directionLabelCell.ts), under a name heading and over a measure heading (目標 / 実績);
 * a way it gives that the reader cannot read leaves the column unread as a 目指す方向 line's does (review rv65).
 * A line the period column labels a direction, under the measures, is yearRowsWayBelow.ts. A bare 方向性 label (「方向性：↑」
 * 「目指す方向性：↓」) counts when its way is an arrow or one way word (values/directionLabelCell.ts wayLabelValue, review rv75).
 */
import { wayLabelValue } from '../values/directionLabelCell';
import { classifyLabel, SERIES_ROLES } from '../values/labels';
import { wayBelowMeasures } from './yearRowsWayBelow';

/**
 * The way line among a column's headings (top to bottom), taken off them: a 目指す方向 line under the measures, else a
 * labelled way between the name and the measure, its text then the way as written (「↑増加」). Undefined when there is none.
 */
export function wayLineOfMeasures<H extends { text: string }>(headings: H[], onDirectionRow: (h: H) => boolean): H | undefined {
  const below = wayBelowMeasures(headings, onDirectionRow);
  if (below || headings.length < 3) return below;
  const role = classifyLabel(headings[headings.length - 1].text)?.role;
  if (!role || !SERIES_ROLES.has(role)) return undefined;
  const at = headings.findIndex((h, i) => i > 0 && i < headings.length - 1 && wayLabelValue(h.text) !== null);
  if (at < 0) return undefined;
  const [line] = headings.splice(at, 1);
  return { ...line, text: wayLabelValue(line.text)! };
}
