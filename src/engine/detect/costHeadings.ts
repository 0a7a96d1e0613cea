/**
 * A project's title line with its cost beside it (（２）病児・病後児保育事業 | … | 決算額 15,630千円) is a heading over
 * the project's own indicator table, never an indicator: a money amount labelled 決算額 / 予算額 / 事業費 is what the
 * project cost, not a figure measured against a target. A row is such a heading when one of its cells (the name
 * cell included) holds a labelled amount and no other cell of its value columns holds a figure. The amount may be written
 * across cells side by side, its label alone in one, the figure in the next and the money unit after it (決算額 | 128,004 | 千円):
 * the row is a cost line all the same, whichever columns the label and the figure fall in.
 */
import { isBreakdownName } from './breakdownRows';
import type { Grid } from './grid';
import { parseValue } from '../values/values';

const COST =
  /(決算額|予算額|予算現額|決算見込額|事業費|総事業費|執行額|支出額|歳出額|(?:当初|補正後|補正|最終)予算額?)(?:[（(][^）)]*[）)])?[:：]?[\d,.]+(千円|万円|百万円|億円|円)/;

const COST_HINT = /[額費算]/;

/** Whether a cell's text holds a money amount labelled as a project's cost (「決算額　15,630千円」「事業費：1,200万円」). */
export function holdsCost(text: string): boolean {
  // Every cost label holds 額, 費 or 算, every amount 円, and no other character turns into one of them under NFKC:
  // nearly every cell ends here, unnormalised.
  if (!COST_HINT.test(text) || !text.includes('円')) return false;
  return COST.test(text.normalize('NFKC').replace(/\s+/g, ''));
}

/** A cost label alone in its cell (「決算額」「事業費（千円）」「予算額：」「令和5年度決算額」): the amount follows in the cells on its right. */
const COST_LABEL =
  /^(?:(?:令和|平成|R|H)?\d+年度)?(決算額|予算額|予算現額|決算見込額|事業費|総事業費|執行額|支出額|歳出額|(?:当初|補正後|補正|最終)予算額?)(?:[（(][^）)]*[）)])?[:：]?$/;

/** A cost label alone in its cell (「事業費（千円）」「決算額」): the heading of a column of what a project cost. */
export function isCostLabel(text: string): boolean {
  return COST_HINT.test(text) && COST_LABEL.test(text.normalize('NFKC').replace(/\s+/g, ''));
}

/** The columns of a cost written across cells (決算額 | 128,004 | 千円): the label's, the figure's and the unit's, or none. */
function costAcrossCells(grid: Grid, row: number): number[] {
  for (let c = grid.left; c <= grid.right; c++) {
    const a = grid.anchor(row, c);
    if (a.col !== c || !COST_HINT.test(grid.text(row, c))) continue;
    if (!isCostLabel(grid.text(row, c))) continue;
    const next: number[] = [];
    for (let d = c + 1; d <= grid.right && next.length < 2; d++) if (grid.anchor(row, d).col === d && grid.text(row, d)) next.push(d);
    const label = grid.text(row, c).replace(/[（(][^）)]*[）)]/, '');
    for (const n of [1, 2])
      if (
        next.length >= n &&
        holdsCost(
          label +
            next
              .slice(0, n)
              .map((d) => grid.text(row, d))
              .join(''),
        )
      )
        return [c, ...next.slice(0, n)];
  }
  return [];
}

/** A heading with a cost: a labelled amount in one of `cols` (the row's table columns, name column included) or across the row's cells, no figure in the other value columns. */
export function isCostHeadingRow(grid: Grid, row: number, cols: number[], valueCols: number[]): boolean {
  let costCols = cols.filter((c) => holdsCost(grid.text(row, c)));
  if (!costCols.length) costCols = costAcrossCells(grid, row);
  if (!costCols.length) return false;
  return !valueCols.some((c) => !costCols.includes(c) && parseValue(grid.value(row, c) ?? undefined).status === 'value');
}

/**
 * A row named by a cost label alone (事業費（千円） | 予算額 | 決算額 over 目標（予算額） / 実績（決算額）, its 合計 too): the
 * project's cost line, never an indicator. Not when a figure of the row carries another unit than money (令和5年度決算額 |
 * 4,520件 is a count so named).
 */
export function isCostLine(grid: Grid, row: number, name: string, cols: number[]): boolean {
  return isCostLabel(name) && !holdsOtherUnit(grid, row, cols);
}

/**
 * A row of cost labels each with its bare amount beside it (予算額 | 92,000 | 決算額 | 89,540 | 不用額 | 2,460 under
 * 「■事業費（単位：千円）」): the project's cost written as label-value pairs, two pairs at least, never an indicator
 * whichever cell the table takes for its name. Not when a figure carries another unit than money, nor when the table's value
 * columns (`valueCols`) hold a figure outside the pairs: an indicator's target and actual with its cost beside them (review rv55).
 */
export function isCostPairsRow(grid: Grid, row: number, valueCols: readonly number[] = []): boolean {
  let pairs = 0;
  const own = new Set<number>();
  for (let c = grid.left; c < grid.right; c++) {
    // Any amount's label (不用額, 執行残額) makes a pair of the row's cost too; only cost labels count towards two.
    const cost = isCostLabel(grid.text(row, c));
    if (grid.anchor(row, c).col !== c || (!cost && !/[額費]$/.test(grid.text(row, c).trim()))) continue;
    let d = c + 1;
    while (d <= grid.right && (grid.anchor(row, d).col !== d || grid.text(row, d) === '')) d++;
    const v = d <= grid.right ? parseValue(grid.value(row, d) ?? undefined) : null;
    if (v?.status !== 'value') continue;
    own.add(c).add(d);
    // A cost label's figure in another unit than money (決算額 | 4,520件) is a count so named; 人件費 | 0.8人 is staff time, a pair still.
    if (!cost) continue;
    if (v.unit && !v.unit.endsWith('円')) return false;
    pairs++;
  }
  if (pairs < 2) return false;
  return !valueCols.some((c) => !own.has(c) && parseValue(grid.value(row, c) ?? undefined).status === 'value');
}

/** Whether a figure of the row carries a unit other than money. */
export function holdsOtherUnit(grid: Grid, row: number, cols: number[]): boolean {
  return cols.some((c) => {
    const v = parseValue(grid.value(row, c) ?? undefined);
    return v.status === 'value' && !!v.unit && !v.unit.endsWith('円');
  });
}

/** A money unit written alone in a cell (「千円」「（円）」) or closing a name (「うち国庫補助（千円）」). */
const MONEY_UNIT = /^[(（]?(?:千|百万|万|億)?円[)）]?$/;
const MONEY_IN_NAME = /[(（](?:千|百万|万|億)?円[)）]$/;

/** Whether the row says its figures are money: a money unit in its unit cell or its name, or beside its figures. */
function inMoney(grid: Grid, row: number, name: string, cols: number[]): boolean {
  if (MONEY_IN_NAME.test(name.trim())) return true;
  return cols.some((c) => {
    if (MONEY_UNIT.test(grid.text(row, c).trim())) return true;
    const v = parseValue(grid.value(row, c) ?? undefined);
    return v.status === 'value' && !!v.unit && v.unit.endsWith('円');
  });
}

/**
 * A part of a cost line (「うち国庫補助」 under 事業費 | 千円): a row opening with うち (breakdownRows.ts) right under a cost line,
 * or under another part of one, in the name column `nameCol`, whose figures are money (a money unit in its unit cell, its
 * name or beside its figures), is a part of what the project cost, no indicator either. 「うち補助対象件数 | 件」 under the
 * cost line counts something else: an indicator (review rv45).
 */
export function isCostBreakdown(grid: Grid, row: number, name: string, nameCol: number, cols: number[]): boolean {
  if (!isBreakdownName(name) || holdsOtherUnit(grid, row, cols) || !inMoney(grid, row, name, cols)) return false;
  for (let r = row - 1; r >= 1 && row - r <= 10; r--) {
    const above = grid.text(r, nameCol);
    if (isBreakdownName(above)) continue;
    return isCostLine(grid, r, above, cols);
  }
  return false;
}
