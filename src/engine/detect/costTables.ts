/**
 * Tables of what things cost, not of indicators (the table-wide form of costHeadings.ts' cost lines):
 * - a table captioned as a money block, its money unit in the caption (「【2】収支状況（単位：千円）」「事業費の内訳（千円）」
 *   「歳入歳出決算（単位：円）」): its rows (指定管理料 | 利用料金収入 | 管理運営費 over 計画 | 実績 | 差額) are the budget and what
 *   was spent or earned, never figures graded against a target. Not when the caption or the name heading calls the rows
 *   indicators (財政指標, 指標名), when a row is read against a 目標 (a 計画 is the budget), nor when a row carries a unit other
 *   than money (件, 人, ％): money indicators such as 市税の徴収額 or ふるさと納税の寄附額 stay indicators; nor when the caption
 *   names money aimed at, savings or revenue raised (「経費削減の効果額」「歳入確保の取組」): those are aims;
 * - under one header beside a table of indicators with targets, a side whose name column is followed by a cost column
 *   (事業名 | 決算額 | 特定財源 | 事業の実績 ‖ 成果指標 | 単位 | 目標値 | 実績値) and that has no target of its own: each row names a
 *   project and what it cost, measured by the indicator beside it. Its rows with no figure written as a number in the side's
 *   value columns (the 実績 told in sentences: 「相談件数 1,842件、子育て講座 36回開催」) are no indicators; a row with a number
 *   there is read as before.
 */
import type { CellIndex } from './cells';
import type { Column } from './column';
import { isCostLabel } from './costHeadings';
import type { Grid } from './grid';
import type { RawIndicator } from './types';
import { compact, normalizeText } from '../values/text';

/** Words naming a money block: the accounts of income and spending, a budget, a settlement, a project's cost (not 収入 alone: 市税収入 may be an aim). */
const MONEY_BLOCK = /収支|決算|予算|事業費|経費|歳入|歳出|支出|費用/;
/**
 * Words naming money as a result aimed at: savings made (削減, 効果額, 縮減) or revenue raised (歳入確保, 増収). A table of
 * them (「経費削減の効果額（単位：千円）」「歳入確保の取組（千円）」) is of aims with their plan, read as indicators.
 */
const MONEY_AIM = /削減|縮減|節減|効果額|確保|増収|獲得/;
/** A money unit in the caption: 「（単位：千円）」「（千円）」「単位 円」. */
const MONEY_UNIT = /(?:千|万|百万|億)?円/;
/** A row's unit that is money (「千円」, 「円)」 as a caption's note may leave it), not money per something (円/人). */
const MONEY = /^(?:千|万|百万|億)?円(?![/／])/;
/** How far above the header its caption may stand. */
const CAPTION_REACH = 2;

/** The nearest line of text above the header (`top`) within the table's columns, or ''. */
function captionAbove(index: CellIndex, top: number, lo: number, hi: number): string {
  for (let r = top - 1; r >= top - CAPTION_REACH; r--) {
    const texts = index.row(r).filter((c) => c.text && c.right >= lo && c.col <= hi);
    if (texts.length) return compact(normalizeText(texts[0].text));
  }
  return '';
}

/**
 * Whether the table whose header starts on `top` (columns `lo`..`hi`, names in `nameCol`) is captioned as a money block,
 * its rows (`read`) money or unitless and read against no 目標 (a 計画 is the budget; a 目標 presents the row as an indicator).
 */
export function isCostTable(grid: Grid, index: CellIndex, t: { top: number; lo: number; hi: number; nameCol: number }, read: RawIndicator[]): boolean {
  if (!read.length || read.some((i) => (i.unit && !MONEY.test(i.unit)) || i.targets.some((p) => p.kind === 'target'))) return false;
  const caption = captionAbove(index, t.top, t.lo, t.hi);
  if (!MONEY_BLOCK.test(caption) || MONEY_AIM.test(caption) || !MONEY_UNIT.test(caption) || caption.includes('指標')) return false;
  return !grid.text(t.top, t.nameCol).includes('指標');
}

/** A side of a header: its name column and its columns (tables.ts' sideBySide). */
interface Side {
  nameCol: number;
  columns: Column[];
}

const measured = (s: Side) => s.columns.some((c) => c.role === 'target' || c.role === 'expected');

/** Whether a heading of the header band, right of the side's name column and before the next side's, is a cost label (決算額, 事業費（千円）). */
function costColumnBeside(grid: Grid, band: number[], from: number, to: number): boolean {
  for (let c = from + 1; c < to && c <= grid.right; c++) if (band.some((r) => grid.anchor(r, c).col === c && isCostLabel(grid.text(r, c)))) return true;
  return false;
}

/** Whether `side` (one of the header's `sides`, left to right) lists projects with their cost beside a table of indicators with targets. */
export function isCostSide(grid: Grid, band: number[], side: Side, sides: Side[]): boolean {
  if (sides.length < 2 || measured(side) || !sides.some(measured)) return false;
  const next = sides.find((s) => s.nameCol > side.nameCol);
  return costColumnBeside(grid, band, side.nameCol, next ? next.nameCol : grid.right + 1);
}

/** Whether row `r` of a cost side holds no number in the side's value columns: a project's line, not an indicator. */
export function isProjectLine(grid: Grid, r: number, valueCols: number[]): boolean {
  return !valueCols.some((c) => typeof grid.raw(r, c) === 'number');
}
