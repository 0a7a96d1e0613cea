/**
 * A column that says which year each row's actual belongs to: 「実績の年度」「実績年度」「直近値の年度」「数値の時点」「調査年度」 beside
 * undated 目標値 / 実績値 columns. A row whose cell there names a year (「令和4年度」 for a survey held every other year)
 * notes that year on its actual, as a year written beside the figure does; the evaluation period then tells whether
 * it is another year's figure (a `year-note-differs` guess naming the actual, detect/guesses.ts).
 */
import { compact, normalizeText } from '../values/text';
import { parsePeriodCell } from '../values/periods';
import type { Grid } from './grid';
import type { RawIndicator } from './types';

const YEAR_OF_ACTUAL = /^(実績値?|直近値?|最新値?|数値|データ|調査|測定|把握|計測|統計)の?(年度|年次|時点|調査年度?|把握年度|基準日)$/;

const heading = (grid: Grid, band: readonly number[], col: number) => band.map((row) => compact(normalizeText(grid.text(row, col))).replace(/[\s()（）]/g, ''));

/**
 * The column whose heading in the header band says it holds the actual's year: within the table's columns `lo`..`hi`
 * or among the headed columns right after them (an unread heading ends no table); null when none.
 */
function yearColumn(grid: Grid, band: readonly number[], lo: number, hi: number): number | null {
  for (let col = lo; col <= grid.right; col++) {
    const texts = heading(grid, band, col);
    if (col > hi && texts.every((t) => !t)) return null;
    if (texts.some((t) => YEAR_OF_ACTUAL.test(t))) return col;
  }
  return null;
}

/** Notes, on each indicator's actuals, the year its row's 実績の年度 cell names (unless the figure notes one itself). */
export function noteActualYears(grid: Grid, band: readonly number[], lo: number, hi: number, read: RawIndicator[]): void {
  const col = yearColumn(grid, band, lo, hi);
  if (col === null) return;
  for (const ind of read) {
    const period = parsePeriodCell(grid.text(ind.row, col))?.period;
    if (!period) continue;
    for (const p of ind.actuals) if (p.parsed.status === 'value' && !p.parsed.notePeriod) p.parsed = { ...p.parsed, notePeriod: period };
  }
}
