/**
 * The figures of a project's cost line written under their labels (事業費（千円） | 予算額 | 決算額, then 48,200 | 46,915 on the
 * row below): what the project cost, never an indicator, though the table reader reaches the row and finds a figure in its name
 * column. A row is such figures when every cell filled on it is a bare amount (no unit, or money: 円, 千円) and each lies under a
 * cost label (予算額, 決算額, 事業費 …, costHeadings.ts) on the row right above. A text on the row (a name), a count in another
 * unit (件, 人), or a figure under no cost label (under 目標 / 実績) keeps the row an indicator's.
 */
import { isCostLabel } from './costHeadings';
import type { Grid } from './grid';
import { parseValue } from '../values/values';

/** Whether row `r` holds only amounts, each under a cost label on the row above. */
export function isCostFiguresRow(grid: Grid, r: number): boolean {
  if (r - 1 < grid.top) return false;
  let amounts = 0;
  for (let c = grid.left; c <= grid.right; c++) {
    if (grid.anchor(r, c).col !== c || grid.anchor(r, c).row !== r || grid.text(r, c) === '') continue;
    const v = parseValue(grid.value(r, c) ?? undefined);
    if (v.status !== 'value' || (v.unit && !v.unit.endsWith('円'))) return false;
    const above = grid.anchor(r - 1, c);
    if (!isCostLabel(grid.text(above.row, above.col))) return false;
    amounts++;
  }
  return amounts > 0;
}
