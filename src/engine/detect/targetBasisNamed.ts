/**
 * The way of counting a 単年度 | 累計 pair's one target is set on, as the sheet words it (review rv72): the target cell's own
 * words (「累計12社」「12（累計）」「年間3社」), its column's heading (「令和5年度目標（累計）」), or a 備考 of the pair speaking of
 * the target (「目標は累計」「目標は平成31年度からの累計」). A text naming both (「5年間の累計」) names neither.
 */
import { bare, countingWord, SINGLE_YEAR } from './countingBasisRows';
import type { Grid } from './grid';

export type Basis = 'total' | 'year';

const SAYS_TOTAL = /累計|通算/;
const SAYS_YEAR = /単年|年間|各年度|当該年度|毎年/;
/** A note speaks of the target when it names it. */
const SAYS_TARGET = /目標/;

/** The basis a 区分 word names: 単年度 (年間, 各年度) or 累計 (通算); null for any other word. */
export function basisOf(kind: string): Basis | null {
  if (SINGLE_YEAR.test(bare(kind))) return 'year';
  return countingWord(kind) ? 'total' : null;
}

/** The basis one text names, or null (none, or both). */
function named(text: string): Basis | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const [total, year] = [SAYS_TOTAL.test(t), SAYS_YEAR.test(t)];
  return total === year ? null : total ? 'total' : 'year';
}

/** The text of the cell at (row, col) when it is anchored on one of `rows`. */
const own = (grid: Grid, rows: number[], row: number, col: number) => (rows.includes(grid.anchor(row, col).row) ? grid.text(row, col) : '');

/**
 * The basis the target on `row` (in `targetCols`, headed `headings`) is said to be set on, by its words, its headings or a
 * 備考 (`noteCols`) on that row or merged over the pair (a note on the other row alone is that row's): 'both' when two say
 * different ones, null when none says any.
 */
export function basisNamed(grid: Grid, row: number, pair: number[], targetCols: number[], headings: string[], noteCols: number[]): Basis | 'both' | null {
  const texts = [
    ...targetCols.map((c) => own(grid, [row], row, c)),
    ...headings,
    ...noteCols.map((c) => own(grid, pair, row, c)).filter((t) => SAYS_TARGET.test(t)),
  ];
  const said = new Set(texts.map(named).filter((b): b is Basis => b !== null));
  return said.size > 1 ? 'both' : ([...said][0] ?? null);
}
