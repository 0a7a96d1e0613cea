/**
 * The figures of a project's cost line written under their labels (事業費（千円） | 予算額 | 決算額, then 48,200 | 46,915 on the
 * row below): what the project cost, never an indicator, though the table reader reaches the row and finds a figure in its name
 * column. A row is such figures when every cell filled on it is a bare amount (no unit, or money: 円, 千円) and each lies under a
 * cost label (予算額, 決算額, 事業費, 当初予算額 …, costHeadings.ts) on the row right above, or under a source of its money
 * beside such a label (国・県支出金 | 一般財源 beside 決算額); a percentage under 執行率 is the line's too, but never counts as
 * its amount (costFunding.ts). A text on the row (a name), a count in another unit (件, 人), or a figure under no cost label
 * (under 目標 / 実績) keeps the row an indicator's.
 */
import { isFundingLabelOnCostRow, isSpentRateLabel } from './costFunding';
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
    const above = grid.anchor(r - 1, c);
    const label = grid.text(above.row, above.col);
    // 97.3% under 執行率: the share of the budget spent, a column of the same line (costFunding.ts).
    if (v.status === 'value' && v.unit === '%' && isSpentRateLabel(label)) continue;
    if (v.status !== 'value' || (v.unit && !v.unit.endsWith('円'))) return false;
    // 20,000 under 国・県支出金 beside 決算額（千円）: the part of the cost that source pays (costFunding.ts).
    if (!isCostLabel(label) && !isFundingLabelOnCostRow(grid, above.row, label)) return false;
    amounts++;
  }
  return amounts > 0;
}
