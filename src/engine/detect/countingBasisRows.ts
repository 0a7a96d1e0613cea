/**
 * One measure counted two ways under its merged name: a 区分 column saying 単年度 on one sub-row and 累計 on the other
 * (認知症サポーター養成者数 merged over 単年度 | 累計, each row with its yearly figures). They are no two subjects (男性 / 女性)
 * but the year's count and its running total; the office sets its target on one of them, and that row is the indicator
 * (named as written, its target, figures and grade its own), the other row its companion, no indicator. Only two rows, only
 * a single-year word beside a running-total word, and only when exactly one of them carries a target or plan of its own (a
 * figure or words, 「前年度以上」): with targets on both (each way graded), on neither, or one target merged down over both
 * (which of the two it is set on is not written), the rows are read as any sub-rows are (review rv61); in that last case
 * both rows are graded against the one target, each said by a `target-shared-basis` guess (`sharedBasisTarget`).
 */
import { a1 } from '../model/address';
import type { Grid } from './grid';

/** The year's own count: 単年度 (単年), 年間, 各年度, 当該年度 (分 / 値 / 実績 after it); markedRowTotal.ts reads it too. */
export const SINGLE_YEAR = /^(単年度?|年間|各年度|当該年度)(分|値|実績値?)?$/;

/** The running total: 累計, 通算 (値 / 実績 after it, a bracketed run of years aside). */
const RUNNING_TOTAL = /^(累計|通算)(値|実績値?)?$/;

const fold = (grid: Grid, row: number, col: number): string =>
  grid.anchor(row, col).row === row ? grid.text(row, col).normalize('NFKC').replace(/\s+/g, '') : '';

/** A qualifier's words as compared: folded, white space out, a closing bracket aside (「累計（H30～）」 → 累計). */
export const bare = (t: string) =>
  t
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/\([^()]*\)$/, '');

/** Whether a qualifier pair is the year's count and its running total, in either order (a bracket closing either aside). */
export function countsTwoWays(a: string, b: string): boolean {
  const [x, y] = [a, b].map(bare);
  return (SINGLE_YEAR.test(x) && RUNNING_TOTAL.test(y)) || (RUNNING_TOTAL.test(x) && SINGLE_YEAR.test(y));
}

/** A qualifier naming a way of counting, its bracket aside (「累計（H30～）」「単年度」): one even though the bracket holds a year. */
export function countingWord(t: string): boolean {
  const x = bare(t);
  return SINGLE_YEAR.test(x) || RUNNING_TOTAL.test(x);
}

/** The row writes a target of its own in one of the columns, a figure or words (「前年度以上」, rv61): 「－」 or a blank is none. */
const writesTarget = (grid: Grid, row: number, cols: number[]) => cols.some((c) => /[^\-－―ー‐−—]/.test(fold(grid, row, c)));

/** A target cell merged down over both rows: it singles out neither (rv61). */
const sharedTarget = (grid: Grid, rows: number[], cols: number[]) => cols.some((c) => (grid.merge(rows[0]!, c)?.bottom ?? rows[0]!) >= rows[1]!);

/**
 * Row `r`'s place when it is one of two sub-rows counted two ways (`rows`, under one merged name): the row carrying the one
 * target or plan figure (`targetCols`) is the indicator, found at its name's cell; the other 'part'. Null when the rows are no
 * such pair, or the target does not single one out.
 */
export function countingBasisRow(
  grid: Grid,
  r: number,
  nameCol: number,
  rows: number[] | null,
  qualifierCols: number[],
  targetCols: number[],
): { qualifier: ''; cell: string; below: boolean; total: true } | 'part' | null {
  if (!rows || rows.length !== 2 || !targetCols.length) return null;
  for (const q of qualifierCols) {
    if (!countsTwoWays(fold(grid, rows[0]!, q), fold(grid, rows[1]!, q))) continue;
    const way = sharedTarget(grid, rows, targetCols) ? basisSaid(grid, rows[0]!, targetCols) : undefined;
    if (way === null) return null;
    // A target merged over both rows is the one its words or heading name (「累計15,000人」, 目標値（R7累計）), else neither's (rv62).
    let carrying = way
      ? rows.filter((row) => (way === 'total' ? RUNNING_TOTAL : SINGLE_YEAR).test(bare(fold(grid, row, q))))
      : rows.filter((row) => writesTarget(grid, row, targetCols));
    // Targets on both rows under a name that is itself a running total (「整備数（累計）」): the 累計 row is the indicator.
    if (!way && carrying.length === 2 && namedRunningTotal(grid, rows[0]!, nameCol))
      carrying = rows.filter((row) => RUNNING_TOTAL.test(bare(fold(grid, row, q))));
    if (carrying.length !== 1) return null;
    if (carrying[0] !== r) return 'part';
    const a = grid.anchor(r, nameCol);
    return { qualifier: '', cell: a1(a.row, a.col), below: a.row !== r, total: true };
  }
  return null;
}

/**
 * The merged name ends with a bracket saying it counts a running total (「指定喫煙所の整備数（累計）」「登録者数（R1からの累計）」):
 * what the indicator is, so of its 単年度 | 累計 rows with targets on both, the 累計 row is its figure, the other its part.
 */
function namedRunningTotal(grid: Grid, row: number, nameCol: number): boolean {
  const a = grid.anchor(row, nameCol);
  const bracket = /[(（]([^()（）]*(?:累計|通算)[^()（）]*)[)）]$/.exec(grid.text(a.row, a.col).normalize('NFKC').trim());
  // 「（単年度・累計）」「（年度別・累計）」 names both rows: two indicators, as before (review rv78, rv79 item 4).
  return !!bracket && !BOTH_WAYS.test(bracket[1]);
}

/** A year's count and the running total as alternatives (「単年度・累計」「年度別／累計」「累計及び単年度」); 「5年間累計」 is one total. */
const YEAR_WAY = '(?:単年度?|年間|各年度|当該年度|年度別|年度ごと|毎年度)';
const OR = '\\s*(?:[・･/、,]|及び|および|並びに|と)\\s*';
const BOTH_WAYS = new RegExp(`${YEAR_WAY}${OR}(?:累計|通算)|(?:累計|通算)${OR}${YEAR_WAY}`);

/** Words naming a target's way of counting: its running total, or the year's own count. */
const SAYS_TOTAL = /累計|通算/;
const SAYS_YEAR = /単年|年間|各年度|当該年度/;
/** A cell of figures or dashes alone: another indicator's target above, no heading. */
const FIGURES = /^[\d.,%％\-－―ー‐−—]*$/;

/** The nearest text above the row in the column that is no figure: the column's heading (40 rows up at most). */
function headingAbove(grid: Grid, row: number, col: number): string {
  for (let r = row - 1; r >= Math.max(grid.top, row - 40); r--) {
    const t = grid.text(r, col).normalize('NFKC').replace(/\s+/g, '');
    if (t && !FIGURES.test(t)) return t;
  }
  return '';
}

/**
 * The way of counting a target merged over both rows names, in its own words or its column's heading: 'total' (累計, 通算),
 * 'year' (単年度, 年間), or null when nothing names one or two disagree (「5年間累計」 names both: none).
 */
function basisSaid(grid: Grid, row: number, cols: number[]): 'total' | 'year' | null {
  let said: 'total' | 'year' | null = null;
  for (const c of cols)
    for (const t of [fold(grid, row, c), headingAbove(grid, row, c)]) {
      const total = SAYS_TOTAL.test(t);
      if (total === SAYS_YEAR.test(t)) continue;
      if (said && said !== (total ? 'total' : 'year')) return null;
      said = total ? 'total' : 'year';
    }
  return said;
}

/**
 * When `rows` are one measure counted two ways (単年度 | 累計) under target cells merged down over both, the cells to name:
 * the targets (each merged one: a year's and the final), then the two qualifier cells. Which of the two a target is set on
 * is not written, so each row's grade against it is a guess. Null for any other rows.
 */
export function sharedBasisTarget(grid: Grid, rows: number[] | null, qualifierCols: number[], targetCols: number[]): string[] | null {
  if (!rows || rows.length !== 2 || !targetCols.length) return null;
  const q = qualifierCols.find((c) => countsTwoWays(fold(grid, rows[0]!, c), fold(grid, rows[1]!, c)));
  const shared = targetCols.filter((c) => (grid.merge(rows[0]!, c)?.bottom ?? rows[0]!) >= rows[1]! && writesTarget(grid, rows[0]!, [c]));
  if (q === undefined || !shared.length) return null;
  return [...shared.map((t) => a1(rows[0]!, t)), a1(rows[0]!, q), a1(rows[1]!, q)];
}
