/**
 * A project's title line with its cost beside it (（２）病児・病後児保育事業 | … | 決算額 15,630千円) is a heading over
 * the project's own indicator table, never an indicator: a money amount labelled 決算額 / 予算額 / 事業費 is what the
 * project cost, not a figure measured against a target. A row is such a heading when one of its cells (the name
 * cell included) holds a labelled amount and no other cell of its value columns holds a figure.
 */
import type { Grid } from './grid';
import { parseValue } from '../values/values';

const COST =
  /(決算額|予算額|予算現額|決算見込額|事業費|総事業費|執行額|支出額|歳出額|当初予算|補正後予算|最終予算)(?:[（(][^）)]*[）)])?[:：]?[\d,.]+(千円|万円|百万円|億円|円)/;

const COST_HINT = /[額費算]/;

/** Whether a cell's text holds a money amount labelled as a project's cost (「決算額　15,630千円」「事業費：1,200万円」). */
export function holdsCost(text: string): boolean {
  // Every cost label holds 額, 費 or 算, every amount 円, and no other character turns into one of them under NFKC:
  // nearly every cell ends here, unnormalised.
  if (!COST_HINT.test(text) || !text.includes('円')) return false;
  return COST.test(text.normalize('NFKC').replace(/\s+/g, ''));
}

/** A heading with a cost: a labelled amount in one of `cols` (the row's table columns, name column included), no figure in the other value columns. */
export function isCostHeadingRow(grid: Grid, row: number, cols: number[], valueCols: number[]): boolean {
  const costCols = cols.filter((c) => holdsCost(grid.text(row, c)));
  if (!costCols.length) return false;
  return !valueCols.some((c) => !costCols.includes(c) && parseValue(grid.value(row, c) ?? undefined).status === 'value');
}
