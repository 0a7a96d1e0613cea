import type { Grid } from './grid';
import { parseValue } from '../values/values';
import { numberText } from '../values/numberText';
import type { IndexedCell } from './cells';

/**
 * A table's body row that happens to read like a header (a cell 「R6」 or 「成果指標」 in a column of its own, as a
 * system export writes on every row) is still a body row when it holds figures: numbers stored as numbers in at
 * least two of the table's value columns. A header row names its columns; it holds no figures. Year-like whole
 * numbers (1900–2100) are not counted, as a heading row may hold its years as numbers. A number written as text with a
 * thousands separator or a decimal point and nothing else (「152,000」, pasted from a system: values/numberText.ts) is a figure
 * too: no heading is one.
 * A word saying what became of a figure, 未実施 or 集計中, stands in a figure's place: beside one number it makes the
 * second (「活動指標 | …開催回数 | 回 | 6 | 未実施」), since a heading row never writes that a figure is missing.
 */
export function holdsFigures(grid: Grid, row: number, valueCols: number[]): boolean {
  let figures = 0;
  let words = 0;
  for (const col of valueCols) {
    const raw = grid.value(row, col);
    const v = typeof raw === 'string' ? (numberText(raw) ?? raw) : raw;
    if (typeof v === 'number' && !(Number.isInteger(v) && v >= 1900 && v <= 2100)) figures++;
    else if (typeof v === 'string' && standsForFigure(v)) words++;
  }
  return figures >= 2 || (figures === 1 && words >= 1);
}

/** A cell saying its figure was not done or is not known yet (未実施, 集計中): in a figure's place. */
function standsForFigure(text: string): boolean {
  const status = parseValue(text).status;
  return status === 'not-implemented' || status === 'pending';
}

/** Digits alone, as a number written as text without a separator is: 「850」「９１２」. */
const BARE_DIGITS = /^\s*[0-9０-９]+\s*$/;

/**
 * The figures of a row of indexed cells: numbers that read as no period (a number cell's text is empty), and numbers written
 * as text with a separator (「2,850」, values/numberText.ts), which a heading never is. A row with two or more is a table's row
 * of values whose years stand under year headings (基準年度 | 目標年度: 「H30」「R7」 beside 905, 850), not a row of period
 * sub-headings (header.ts continuesHeader). On a row holding one such text figure, bare digits written as text (「850」「912」
 * beside 「1,000」) count too: a heading row holds no text figure at all, so its column numbers (「1」「2」) stay none (review
 * rv71: 相談件数 | 件 | '850' | 平成30年度 | '1,000' | '912' was swallowed into the header).
 */
export function figureCount(cells: IndexedCell[]): number {
  const written = cells.filter((c) => !c.period && c.text !== '' && numberText(c.text) !== null).length;
  const numbers = cells.filter((c) => !c.period && c.text === '').length;
  // Beside one such text figure, bare digits written as text (「850」「912」) are figures too (review rv71).
  return numbers + written + (written ? cells.filter((c) => !c.period && BARE_DIGITS.test(c.text)).length : 0);
}
