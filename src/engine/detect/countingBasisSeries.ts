/**
 * One measure counted two ways in a period matrix whose 区分 column says 実績 on every other row, its targets in a column of
 * their own right of the years:
 *   指標名                 | 単位 | 区分   | 令和3年度 | 令和4年度 | 令和5年度 | 令和5年度目標
 *   市内大学卒業生の県内就職率 | ％   | 実績   | 40.1      | 39.7      | 38.5      | 42.0
 *   大学発ベンチャー設立数   | 社   | 単年度 | 2         | 4         | 3         | －
 *   （merged over both）     |      | 累計   | 4         | 8         | 11        | 12
 * The 単年度 and 累計 rows are both the measure's results (the year's count and its running total), and the office sets its
 * target on one of them: the row carrying the one target figure is the indicator's 実績 line, the other its companion, not
 * read (as a table's rows are, countingBasisRows.ts). Only where every labelled line of the block is an 実績 line in that
 * column (a 目標 | 実績 block leaves the pair's role unsaid), only the two rows under a name merged over exactly them, and
 * only when exactly one of them writes a target of its own (a figure or words, not 「－」), in a cell not merged over both;
 * 「設定なし」「対象外」 beside a figure on the other row is no target. The target's words or the pair's 備考 may name the basis
 * it is set on (「累計12社」「12（累計）」, 備考 「目標は累計」): the row of that basis is then the 実績 line, set against the
 * target written on the other (review rv72); bases said both ways leave the pair unread.
 */
import { a1 } from '../model/address';
import type { IndexedCell } from './cells';
import { countsTwoWays } from './countingBasisRows';
import type { Grid } from './grid';
import type { Run, SeriesRow } from './blockTypes';
import { basisNamed, basisOf } from './targetBasisNamed';

/** A target written in the cell: any text but a dash or blank. */
const writesTarget = (t: string) => /[^\s\-－―ー‐−—]/.test(t);

/** Words saying no target is set (「設定なし」「対象外」): no target where the other row writes one. */
const NO_TARGET = /^(未設定|目標なし|目標値なし|設定なし|設定しない|該当なし|該当無し|対象外|なし)$/;

/** The columns right of the run whose heading names a target (令和5年度目標, 目標値（R7）). */
function targetColumns(run: Run, headerCells: IndexedCell[]): IndexedCell[] {
  return headerCells.filter((h) => h.col > run.end && h.label && (h.label.role === 'target' || h.label.role === 'expected'));
}

/** The two rows under the name merged over row `r` and one more, or null. */
function mergedPair(grid: Grid, r: number, nameCol: number): [number, number] | null {
  const m = grid.merge(r, nameCol);
  return m && m.bottom - m.top === 1 && m.left === nameCol ? [m.top, m.bottom] : null;
}

/**
 * The 実績 lines to add to the block's series: of each 単年度 | 累計 pair in the label column, the row carrying the target.
 * `series`: the block's labelled lines; `nameCol`: its names' column.
 */
export function countingBasisSeries(grid: Grid, run: Run, series: SeriesRow[], headerCells: IndexedCell[], nameCol: number | undefined): SeriesRow[] {
  if (nameCol === undefined || !series.length) return [];
  const labelCol = series[0].labelCol;
  if (series.some((s) => s.role !== 'actual' || s.pair || s.labelCol !== labelCol) || nameCol >= labelCol) return [];
  const heads = targetColumns(run, headerCells);
  if (!heads.length) return [];
  const targets = heads.map((h) => h.col);
  const cols = { targets, headings: heads.map((h) => h.text), notes: notes(run, headerCells) };
  const own = new Set(series.map((s) => s.row));
  const last = Math.max(...series.map((s) => s.row)) + 3;
  const out: SeriesRow[] = [];
  for (let r = run.row + 1; r <= Math.min(grid.bottom, last); r++) {
    const pair = own.has(r) ? null : mergedPair(grid, r, nameCol);
    if (!pair || pair[0] !== r || own.has(pair[1])) continue;
    const kinds = pair.map((row) => (grid.anchor(row, labelCol).row === row ? grid.text(row, labelCol) : ''));
    if (!countsTwoWays(kinds[0], kinds[1])) continue;
    const line = carryingLine(grid, pair, kinds, cols, labelCol);
    if (line) out.push(line);
  }
  return out;
}

interface Columns {
  targets: number[];
  headings: string[];
  notes: number[];
}

/** The 備考 columns right of the run. */
const notes = (run: Run, headerCells: IndexedCell[]) => headerCells.filter((h) => h.col > run.end && h.label?.role === 'note').map((h) => h.col);

/** A row's own target cells (not merged over the pair) that write a target, and those writing a figure rather than 「設定なし」. */
function ownTargets(grid: Grid, row: number, targets: number[]): { any: boolean; real: boolean } {
  const texts = targets.filter((c) => grid.anchor(row, c).row === row && (grid.merge(row, c)?.bottom ?? row) === row).map((c) => grid.text(row, c));
  const written = texts.filter(writesTarget);
  return { any: written.length > 0, real: written.some((t) => !NO_TARGET.test(t.normalize('NFKC').replace(/\s+/g, ''))) };
}

/**
 * The pair's 実績 line: the row carrying the one target, or the other row when the target's words or the pair's 備考 name the
 * other's basis (its target then read on the carrying row). Null when no row, or both, carry one, or bases are said both ways.
 */
function carryingLine(grid: Grid, pair: number[], kinds: string[], cols: Columns, labelCol: number): SeriesRow | null {
  const own = pair.map((row) => ownTargets(grid, row, cols.targets));
  let carrying = pair.filter((_, i) => own[i].any);
  if (carrying.length === 2) carrying = pair.filter((_, i) => own[i].real);
  if (carrying.length !== 1) return null;
  const row = carrying[0];
  const said = basisNamed(grid, row, pair, cols.targets, cols.headings, cols.notes);
  if (said.basis === 'both') return null;
  const at = said.basis ? pair.findIndex((_, i) => basisOf(kinds[i]) === said.basis) : -1;
  if (at < 0 || pair[at] === row) return { row, role: 'actual', labelCol };
  // Only the heading over every pair names the other row's basis: the figure stays on its own row, a guess naming both.
  if (said.byHeading) return { row, role: 'actual', labelCol, basisUnsure: [a1(row, labelCol), a1(pair[at], labelCol)] };
  return { row: pair[at], role: 'actual', labelCol, targetRow: row };
}
