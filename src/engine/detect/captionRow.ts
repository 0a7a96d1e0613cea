/**
 * A caption line under a table, after a blank line: 「【事業の効果】 | 地方創生に相当程度効果があった」「【総括】 | …」. A heading
 * in 【】 brackets with words beside it (a label and its value) on a row whose value columns are all empty, right after an
 * empty line, opens a section of its own: the table ends there, and the words beside the caption are no indicator's name.
 * A 【category】 row standing alone (「【教育・保育】」 over the rows of its kind) is a heading inside the table and ends nothing.
 */
import type { Grid } from './grid';

/** A heading wholly in 【】 or ［］, short, numbering nothing (「【指標1】」 numbers an indicator: bracketedNameLabel.ts). */
const CAPTION = /^[【［[][^】］\]\d０-９①-⑳]{1,20}[】］\]]$/;

/** Whether row `r` is a 【caption】 line: the caption in a cell from `lo` to `nameCol`, words after it, nothing in `valueCols`, an empty line above. */
export function isCaptionRow(grid: Grid, r: number, lo: number, nameCol: number, valueCols: number[]): boolean {
  const empty = (c: number, row = r) => grid.text(row, c).trim() === '';
  for (let c = lo; c <= nameCol; c++) {
    const t = grid.text(r, c).trim();
    if (!t) continue;
    if (!CAPTION.test(t) || !valueCols.every((v) => empty(v))) return false;
    const beside = grid.anchor(r, c).col === c && grid.rightEdge(r, c) + 1;
    const words = typeof beside === 'number' && beside <= Math.max(nameCol, ...valueCols) && !empty(beside);
    const above = r > grid.top && [...Array(Math.max(nameCol, ...valueCols) - lo + 1).keys()].every((k) => empty(lo + k, r - 1));
    return words && above;
  }
  return false;
}
