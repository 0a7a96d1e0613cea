/**
 * A caption line under a table: 「【事業の効果】 | 地方創生に相当程度効果があった」「【総括】 | …」. A heading in 【】 brackets,
 * standing alone in a cell left of or in the name column, on a row with no figure in the table's value columns, opens a
 * section of its own: the table ends there, and the words beside the caption are no indicator's name.
 */
import { holdsFigures } from './figureRow';
import type { Grid } from './grid';

/** A heading wholly in 【】 or ［］, short, numbering nothing (「【指標1】」 numbers an indicator: bracketedNameLabel.ts). */
const CAPTION = /^[【［[][^】］\]\d０-９①-⑳]{1,20}[】］\]]$/;

/** Whether row `r` is a 【caption】 line: the caption in a cell from `lo` to `nameCol`, no figure in `valueCols`. */
export function isCaptionRow(grid: Grid, r: number, lo: number, nameCol: number, valueCols: number[]): boolean {
  for (let c = lo; c <= nameCol; c++) {
    const t = grid.text(r, c).trim();
    if (!t) continue;
    return CAPTION.test(t) && !holdsFigures(grid, r, valueCols);
  }
  return false;
}
