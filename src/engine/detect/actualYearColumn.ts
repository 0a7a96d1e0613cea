/**
 * A column that says which year each row's actual belongs to: 「実績の年度」「実績年度」「直近値の年度」「数値の時点」「調査年度」 beside
 * undated 目標値 / 実績値 columns. A row whose cell there names a year (「令和4年度」 for a survey held every other year)
 * notes that year on its actual, as a year written beside the figure does; the evaluation period then tells whether
 * it is another year's figure (a `year-note-differs` guess naming the actual, detect/guesses.ts). A bare 時点 / 年度 heading
 * (or 数値の時点, 把握時点: rowDateColumns.ts) says the same right beside the 実績値 heading (実績値 | 時点): the figure left of it.
 */
import { compact, normalizeText } from '../values/text';
import { classifyLabel } from '../values/labels';
import { parsePeriodCell } from '../values/periods';
import { namesRowDate } from './rowDateColumns';
import { latestSurveyCountsAs } from './latestSurveyNote';
import type { Grid } from './grid';
import type { RawIndicator } from './types';

const YEAR_OF_ACTUAL = /^(実績値?|直近値?|最新値?|数値|データ|調査|測定|把握|計測|統計)の?(年度|年次|時点|調査年度?|把握年度|基準日)$/;

/** A bare date heading (時点, 年度, 年次), the actual's only when it stands right beside the 実績値 heading. */
const BARE_YEAR = /^(年度|年次)$/;

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
    if (col > lo && band.some((row, i) => besideActual(grid, row, col, texts[i]))) return col;
  }
  return null;
}

/** Whether `text`, the heading at (`row`, `col`), is a bare date heading right beside an actual's heading (実績値 | 時点). */
function besideActual(grid: Grid, row: number, col: number, text: string): boolean {
  if (!BARE_YEAR.test(text) && !namesRowDate(text)) return false;
  const left = grid.anchor(row, col - 1);
  return left.row === row && classifyLabel(grid.text(row, left.col))?.role === 'actual';
}

/** Notes, on each indicator's actuals, the year its row's 実績の年度 cell names (unless the figure notes one itself). */
export function noteActualYears(grid: Grid, band: readonly number[], lo: number, hi: number, read: RawIndicator[]): void {
  const col = yearColumn(grid, band, lo, hi);
  if (col === null) return;
  // 「直近の調査結果を令和５年度の実績値として評価する」: an earlier survey year's figure is that year's actual (latestSurveyNote.ts).
  const countsAs = latestSurveyCountsAs(grid);
  for (const ind of read) {
    const period = parsePeriodCell(grid.text(ind.row, col))?.period;
    if (!period || (countsAs && period.fiscalYear < countsAs.fiscalYear && countsAs.fiscalYear - period.fiscalYear <= 2)) continue;
    for (const p of ind.actuals) if (p.parsed.status === 'value' && !p.parsed.notePeriod) p.parsed = { ...p.parsed, notePeriod: period };
  }
}
