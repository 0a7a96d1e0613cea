/**
 * A row that repeats a table's headings in the same columns (「案内所 | 単位 | 4月 … 3月 | 年度累計」 under
 * 「指標 | 単位 | 年間目標 | 4月 … 3月 | 年度累計」) is the header of another table below it, never a row of this one:
 * the table ends there, even when the new header names its rows with a word the reader does not know.
 */
import { compact, normalizeText } from '../values/text';
import type { Grid } from './grid';

const key = (t: string) => compact(normalizeText(t));

/**
 * Per table (its columns' array, asked about with the same band every row), each column's band headings as keys, made when
 * a row first has a text in that column: a table asks of each row below its header, and normalising them again each time
 * was most of the work.
 */
const headingKeys = new WeakMap<readonly number[], { grid: Grid; band: readonly number[]; keys: (string[] | undefined)[] }>();

/** The band headings' keys kept for the columns `cols`: fresh ones when asked with another grid or band. */
function keysFor(grid: Grid, band: readonly number[], cols: readonly number[]): (string[] | undefined)[] {
  const kept = headingKeys.get(cols);
  if (kept && kept.grid === grid && kept.band === band) return kept.keys;
  const keys: (string[] | undefined)[] = [];
  headingKeys.set(cols, { grid, band, keys });
  return keys;
}

/** Whether row `r` repeats, in the columns `cols`, the headings of the header rows `band`: at least two, and most of its texts. */
export function repeatsHeader(grid: Grid, band: readonly number[], r: number, cols: readonly number[]): boolean {
  const keys = keysFor(grid, band, cols);
  let texts = 0;
  let same = 0;
  for (let i = 0; i < cols.length; i++) {
    // Even if every column left (this one included) repeated its heading, the row could not: no need to normalise the rest.
    const rest = cols.length - i;
    if (same + rest < 2 || 2 * same + rest <= texts) return false;
    const c = cols[i];
    // A heading merged down from the header row is that row's, not a repetition.
    const t = grid.anchor(r, c).row === r ? grid.text(r, c) : '';
    if (!t) continue;
    texts++;
    const bandKeys = (keys[i] ??= band.map((b) => key(grid.text(b, c))));
    const k = key(t);
    if (band.some((b, j) => b !== r && bandKeys[j] === k)) same++;
  }
  return same >= 2 && same * 2 > texts;
}
