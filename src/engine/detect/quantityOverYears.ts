/**
 * A quantity heading merged over year sub-columns beside a target, in a table with no actual heading (商店街名 | 空き店舗率（％）
 * over R4 | R5 | 目標値（％）（R5）): the quantity's figure each year is that year's actual, the figure the target is set for.
 * Only when the quantity and the target write the same unit in their headings (（％） both): a quantity over years in another
 * unit, or in none, is a figure shown beside the target (総店舗数（店）), not its actual. A note on the sheet naming the quantity
 * with a way (「目標は空き店舗率の低下（↓）」) states the target's way for every row.
 */
import { a1, parseA1 } from '../model/address';
import { classifyLabel } from '../values/labels';
import { parsePeriodCell } from '../values/periods';
import { unitFromName } from '../values/units';
import type { Column } from './column';
import type { Grid } from './grid';
import { textCells } from './sheetTexts';
import { wayFromText } from '../values/directionWords';
import { compact, normalizeText } from '../values/text';

/** Another body's or a reference figure (全国平均, 県平均受診率, 類似団体), or a share (構成比, 前年比): never the rows' own quantity (review rv56). */
const OTHER_FIGURE = /平均|全国|[県国都府道]の?(?:値|率|実績)?|類似|他市|近隣|参考|比$|比[(（]|構成|割合の?内訳/;

/** A sentence stating the aim: 目標 / 目指す / 図る, or an arrow (「目標は空き店舗率の低下（↓）」), not a statement of fact (「上昇が続いている」). */
const AIM = /目標|目指|めざ|図[るり]|[↑↓]/;

/** Adds the quantity's year columns as actuals (in place, in column order). */
export function quantityOverYears(grid: Grid, band: number[], columns: Column[]): void {
  if (band.length < 2 || columns.some((c) => c.role === 'actual')) return;
  const targets = columns.filter((c) => c.role === 'target');
  const text = (ref: string) => {
    const at = parseA1(ref);
    return at ? grid.text(at.row, at.col) : '';
  };
  const units = new Set(targets.map((c) => unitFromName(c.cells.map(text).join(''))));
  if (targets.length !== 1 || units.has(undefined)) return;
  const [top, bottom] = [band[0], band[band.length - 1]];
  const taken = new Set(columns.map((c) => c.col));
  let quantity: { text: string; cell: string } | undefined;
  for (let col = grid.left; col <= grid.right; col++) {
    const m = grid.merge(top, col);
    if (taken.has(col) || !m || m.right === m.left || m.bottom >= bottom) continue;
    const heading = grid.text(m.top, m.left);
    if (classifyLabel(heading) || OTHER_FIGURE.test(heading) || !units.has(unitFromName(heading))) continue;
    const p = grid.anchor(bottom, col).row === bottom ? parsePeriodCell(grid.text(bottom, col)) : null;
    if (!p || p.period.kind !== 'fiscal') continue;
    columns.push({ col, role: 'actual', period: p.period, cells: [a1(m.top, m.left), a1(bottom, col)], quantity: heading });
    quantity ??= { text: heading, cell: a1(m.top, m.left) };
  }
  columns.sort((a, b) => a.col - b.col);
  const way = quantity && !targets[0].way ? noteWay(grid, quantity) : null;
  if (way) targets[0].way = way;
}

/** The one way the sheet's sentences naming the quantity state (「目標は空き店舗率の低下（↓）」), with its cell; null when none or both. */
function noteWay(grid: Grid, quantity: { text: string; cell: string }): Column['way'] | null {
  const word = compact(normalizeText(quantity.text).replace(/[(（][^()（）]*[)）]/g, ''));
  if (word.length < 2) return null;
  const found: NonNullable<Column['way']>[] = [];
  for (const c of textCells(grid)) {
    const cell = a1(c.row, c.col);
    if (cell === quantity.cell || !c.text.includes(word)) continue;
    for (const sentence of c.text.split(/[。\n]/).filter((x) => x.includes(word) && AIM.test(x))) {
      const value = wayFromText(sentence);
      if (value) found.push({ value, cell, text: sentence.trim() });
    }
  }
  return found.length && found.every((w) => w.value === found[0].value) ? found[0] : null;
}
