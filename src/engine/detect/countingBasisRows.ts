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

/** Whether a qualifier pair is the year's count and its running total, in either order (a bracket closing either aside). */
export function countsTwoWays(a: string, b: string): boolean {
  const [x, y] = [a, b].map((t) =>
    t
      .normalize('NFKC')
      .replace(/\s+/g, '')
      .replace(/\([^()]*\)$/, ''),
  );
  return (SINGLE_YEAR.test(x) && RUNNING_TOTAL.test(y)) || (RUNNING_TOTAL.test(x) && SINGLE_YEAR.test(y));
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
    const carrying = rows.filter((row) => writesTarget(grid, row, targetCols));
    if (carrying.length !== 1 || sharedTarget(grid, rows, targetCols)) return null;
    if (carrying[0] !== r) return 'part';
    const a = grid.anchor(r, nameCol);
    return { qualifier: '', cell: a1(a.row, a.col), below: a.row !== r, total: true };
  }
  return null;
}

/**
 * When `rows` are one measure counted two ways (単年度 | 累計) under one target cell merged down over both, the cells to
 * name: the target, then the two qualifier cells. Which of the two the target is set on is not written, so each row's
 * grade against it is a guess. Null for any other rows.
 */
export function sharedBasisTarget(grid: Grid, rows: number[] | null, qualifierCols: number[], targetCols: number[]): string[] | null {
  if (!rows || rows.length !== 2 || !targetCols.length) return null;
  const q = qualifierCols.find((c) => countsTwoWays(fold(grid, rows[0]!, c), fold(grid, rows[1]!, c)));
  const t = targetCols.find((c) => (grid.merge(rows[0]!, c)?.bottom ?? rows[0]!) >= rows[1]! && writesTarget(grid, rows[0]!, [c]));
  if (q === undefined || t === undefined) return null;
  return [a1(rows[0]!, t), a1(rows[0]!, q), a1(rows[1]!, q)];
}
