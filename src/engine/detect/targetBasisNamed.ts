/**
 * The way of counting a 単年度 | 累計 pair's one target is set on, as the sheet words it (review rv72): the target cell's own
 * words (「累計12社」「12（累計）」「年間3社」), its column's heading (「令和5年度目標（累計）」), or a 備考 of the pair speaking of
 * the target (「目標は累計」「目標は平成31年度からの累計」). A text naming both (「累計・単年度」) names neither. A term of
 * years (「5年間」「5か年」「計画期間」) is the running total over it, never a single year's count (review rv76): 年間 says
 * a year only standing alone (「年間3社」「年間目標」).
 */
import { bare, countingWord, SINGLE_YEAR } from './countingBasisRows';
import type { Grid } from './grid';

export type Basis = 'total' | 'year';

const SAYS_TOTAL = /累計|通算/;
const SAYS_YEAR = /単年|年間|各年度|当該年度|毎年/;
/** A term of several years (「5年間」「3か年」「計画期間」「期間中」): its count is a running total. */
const TERM = /[0-9一二三四五六七八九十]+(?:[かヵケカ箇ヶ]年度?間?|年度?間)|計画期間|期間中|期間内/g;
/** A note speaks of the target when it names it. */
const SAYS_TARGET = /目標/;

/** The basis a 区分 word names: 単年度 (年間, 各年度) or 累計 (通算); null for any other word. */
export function basisOf(kind: string): Basis | null {
  if (SINGLE_YEAR.test(bare(kind))) return 'year';
  return countingWord(kind) ? 'total' : null;
}

/** The basis one text names, or null (none, or both). */
function named(text: string): Basis | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '').replace(TERM, '累計');
  const [total, year] = [SAYS_TOTAL.test(t), SAYS_YEAR.test(t)];
  return total === year ? null : total ? 'total' : 'year';
}

/** The text of the cell at (row, col) when it is anchored on one of `rows`. */
const ownText = (grid: Grid, rows: number[], row: number, col: number) => (rows.includes(grid.anchor(row, col).row) ? grid.text(row, col) : '');

/**
 * The basis the target on `row` (in `targetCols`, headed `headings`) is said to be set on, by its words, its headings or a
 * 備考 (`noteCols`) on that row or merged over the pair (a note on the other row alone is that row's): 'both' when two say
 * different ones, null when none says any. `byHeading`: only the column's heading says it, a heading standing over every
 * pair of the table (「年間目標」), so a figure written on the other basis's row leaves the clerk unsure (review rv76).
 */
export function basisNamed(
  grid: Grid,
  row: number,
  pair: number[],
  targetCols: number[],
  headings: string[],
  noteCols: number[],
): { basis: Basis | 'both' | null; byHeading: boolean } {
  const own = [...targetCols.map((c) => ownText(grid, [row], row, c)), ...noteCols.map((c) => ownText(grid, pair, row, c)).filter((t) => SAYS_TARGET.test(t))];
  const saidOwn = bases(own);
  const said = new Set([...saidOwn, ...bases(headings)]);
  const basis = said.size > 1 ? 'both' : ([...said][0] ?? null);
  return { basis, byHeading: basis !== null && saidOwn.size === 0 };
}

const bases = (texts: string[]) => new Set(texts.map(named).filter((b): b is Basis => b !== null));
