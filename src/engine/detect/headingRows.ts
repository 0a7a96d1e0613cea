/**
 * A row of headings under a table's value columns (「区分 | 4月 | 5月 | … | 3月 | 計」 under 「指標名 | 単位 | 目標値 | 実績値」, a
 * 月別利用状況 table below the 成果指標 one) heads another table laid over the same columns: its words name columns (months,
 * years, 計, 区分), they are no figures of this table's indicators. The table ends there, as at a repeated header
 * (repeatedHeader.ts), whatever the new header's name column reads; the rows under it, with no target, are no indicators
 * of this table. A year naming a settled or budgeted amount (「令和4年度決算 | 令和5年度決算 | 令和6年度予算」 under 「コスト（単位：千円）」,
 * a project's cost block below its indicators) names a column as a heading word does: the rows under it are what the project
 * cost, never this table's indicators. Not so a row naming an indicator with its unit cell filled (「データヘルス計画の評価 | － | 計画 | 実績」): a body
 * row whose target and actual are words.
 * Years alone under the value columns head another table too when the row's name cell is itself a heading (区分, 指標名): 「事業費
 * （千円） | 区分 | 平成30年度 | 令和元年度」 over a 決算額 line heads a cost block; no indicator is named 区分. A name there (「計画策定
 * | R7 | R5」, a milestone's years) keeps the row a body row.
 * A year's 決算 / 予算 written where a name stands heads a money column too (「事業費（千円） | 令和5年度決算 | | 令和6年度決算」 under
 * 「区分 | 指標名 | 単位 | 令和5年度実績 | 令和6年度目標 | …」, the years' amounts on the line below): with another year's amount heading
 * right of it in the table and nothing but headings there, the row heads a cost block; no indicator is named 令和5年度決算.
 */
import type { CellIndex, IndexedCell } from './cells';
import { findPeriod } from '../values/periods';
import { normalizeText, stripNote } from '../values/text';
import { looksLikeName } from './names';

/** What is left of a year's money heading once its year is taken out: 決算, 予算, 当初予算, 決算額, 決算見込. */
const MONEY_REST = /^(?:当初|補正後|最終)?(?:決算|予算)(?:額|見込額?)?$/;

/** Whether a cell heads a year's settled or budgeted amount (令和5年度決算, R6予算, 令和4年度決算額): a money column's heading. */
function headsYearsMoney(text: string): boolean {
  if (!text.includes('決算') && !text.includes('予算')) return false;
  const t = normalizeText(stripNote(text)).replace(/\s+/g, '');
  const p = findPeriod(t);
  if (!p || p.period.kind !== 'fiscal') return false;
  return MONEY_REST.test((t.slice(0, p.index) + t.slice(p.index + p.length)).replace(/^の|[(（][)）]/g, ''));
}

/**
 * Whether row `r` holds headings in at least two of `valueCols` and nothing else there: words that label a column (4月, 計,
 * 実績, a year's 決算 / 予算), one at least, or periods written as words (R5); a number is a figure. Periods alone (「R7 | R5」, a milestone's
 * years) do not make a heading row.
 */
export function isHeadingRow(index: CellIndex, r: number, valueCols: readonly number[]): boolean {
  const cells = writtenCells(index, r, valueCols);
  if (!cells) return false;
  let labels = 0;
  for (const cell of cells) {
    if (cell.label || headsYearsMoney(cell.text)) labels++;
    else if (!cell.period) return false;
  }
  return cells.length >= 2 && labels >= 1;
}

/** The cells of row `r` written in `valueCols` (their own anchors, holding text); null when one of them holds a number, a figure. */
function writtenCells(index: CellIndex, r: number, valueCols: readonly number[]): IndexedCell[] | null {
  const out: IndexedCell[] = [];
  for (const col of valueCols) {
    const cell = index.at(r, col);
    if (!cell || cell.row !== r || cell.col !== col) continue;
    if (cell.text) out.push(cell);
    else if (typeof index.grid.raw(r, col) === 'number') return null;
  }
  return out;
}

/** Heading roles that never name an indicator: a column of names (指標名, 項目) or kinds (区分, 種別). */
const NAME_HEADINGS = new Set(['name', 'category']);
/** The heading of a cost block's item column (項目, 内訳, 費目, 財源内訳, 科目): no indicator's name (review rv66). */
const COST_HEADING = /^(項目|内訳|費目|財源内訳|経費内訳|科目)$/;

/**
 * Whether row `r` heads its columns with a name heading in the name column (区分, 指標名) and periods alone, two at least, in the
 * value columns, nothing else there (no figure, no other word): another table's header of years (see above).
 */
export function isPeriodHeadingRow(index: CellIndex, r: number, nameCol: number, valueCols: readonly number[]): boolean {
  const name = index.at(r, nameCol);
  if (!name || name.row !== r || name.col !== nameCol) return false;
  if (!(name.label && NAME_HEADINGS.has(name.label.role)) && !COST_HEADING.test(name.text.replace(/\s+/g, ''))) return false;
  const cells = writtenCells(index, r, valueCols);
  return !!cells && cells.length >= 2 && cells.every((cell) => cell.period && !cell.label);
}

/**
 * Whether row `r` heads a cost block from its name column: a year's 決算 / 予算 heading there (headsYearsMoney) and another one
 * right of it up to `hi`, the row's other cells right of the name headings or periods alone (no figure, no other word).
 */
export function isMoneyNameRow(index: CellIndex, r: number, nameCol: number, hi: number): boolean {
  const name = index.at(r, nameCol);
  if (!name || name.row !== r || name.col !== nameCol || !headsYearsMoney(name.text)) return false;
  const cols = Array.from({ length: Math.max(0, hi - nameCol) }, (_, i) => nameCol + 1 + i);
  const cells = writtenCells(index, r, cols);
  if (!cells || !cells.some((cell) => headsYearsMoney(cell.text))) return false;
  return cells.every((cell) => cell.label || cell.period || headsYearsMoney(cell.text));
}

/** The longest unit cell read as a unit or a dash (人, ％, 件/年, －), not a heading. */
const UNIT_LENGTH = 8;

/**
 * Whether row `r` is a body row written in words: a name in the name column and its unit cell filled with a unit or a dash,
 * no heading or period there (「データヘルス計画の評価 | － | 計画 | 実績」, a qualitative indicator; 「区分 | 第1四半期 | …」 is none).
 */
export function isWordedBodyRow(index: CellIndex, r: number, nameCol: number, unitCol: number | undefined): boolean {
  if (unitCol === undefined) return false;
  const name = index.at(r, nameCol);
  const unit = index.at(r, unitCol);
  if (!name || name.row !== r || !unit || unit.row !== r || unit.col !== unitCol) return false;
  if (!unit.text || unit.label || unit.period || unit.text.trim().length > UNIT_LENGTH) return false;
  return looksLikeName(name.text);
}

/**
 * Whether row `r` heads another table over this one's value columns: headings there (isHeadingRow) on a row no worded body row
 * (isWordedBodyRow), years alone under a name heading (isPeriodHeadingRow), or years' amounts from the name column on (isMoneyNameRow).
 */
export function headsAnotherTable(index: CellIndex, r: number, t: { nameCol: number; unitCol?: number; valueCols: readonly number[]; hi: number }): boolean {
  if (isPeriodHeadingRow(index, r, t.nameCol, t.valueCols) || isMoneyNameRow(index, r, t.nameCol, t.hi)) return true;
  return isHeadingRow(index, r, t.valueCols) && !isWordedBodyRow(index, r, t.nameCol, t.unitCol);
}
