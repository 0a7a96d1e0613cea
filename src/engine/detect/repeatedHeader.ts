/**
 * A row that repeats a table's headings in the same columns (「案内所 | 単位 | 4月 … 3月 | 年度累計」 under
 * 「指標 | 単位 | 年間目標 | 4月 … 3月 | 年度累計」) is the header of another table below it, never a row of this one:
 * the table ends there, even when the new header names its rows with a word the reader does not know.
 */
import { compact, normalizeText } from '../values/text';
import type { Grid } from './grid';

const key = (t: string) => compact(normalizeText(t));

/** Whether row `r` repeats, in the columns `cols`, the headings of the header rows `band`: at least two, and most of its texts. */
export function repeatsHeader(grid: Grid, band: number[], r: number, cols: number[]): boolean {
  let texts = 0;
  let same = 0;
  for (const c of cols) {
    // A heading merged down from the header row is that row's, not a repetition.
    const t = grid.anchor(r, c).row === r ? grid.text(r, c) : '';
    if (!t) continue;
    texts++;
    if (band.some((b) => b !== r && key(grid.text(b, c)) === key(t))) same++;
  }
  return same >= 2 && same * 2 > texts;
}
