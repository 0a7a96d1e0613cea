/**
 * Names in the series labels' column, each on the line right above its indicator's 目標値 / 実績値 lines, as a pivot table
 * lays out its row items (compact form: 「行ラベル」 over the item 「D01 オンライン申請可能な手続数（件）」, its subtotal beside it,
 * then the indented 目標値 and 実績値 lines of its values), or as an outline written by hand:
 *
 *   行ラベル            | 2022 | 2023 | 2024
 *   D01 手続数（件）    |  212 |  271 |  318   ← the item (its figures a subtotal: no series)
 *     目標値            |  100 |  130 |  150
 *     実績値            |  112 |  141 |  168
 *   D02 交付率（％）    |  …
 *
 * With no name column and more than one group of series lines, each group is named by that line, provided every group has
 * one: a text that reads as a name (no heading, period, total or pivot caption such as 総計 / （空白）) in the label column,
 * on the line right above the group, below the period row and the group before (of several such lines one above the other,
 * the topmost: a hand outline's description line under its name). Else nothing is named here (blockName.ts).
 */
import type { CellIndex } from './cells';
import type { SeriesGroup } from './blockTypes';
import { isNotAName, looksLikeName } from './names';

export interface OutlineName {
  row: number;
  col: number;
}

/** 「（空白）」「(blank)」: the item a pivot table shows for empty source cells, no name. */
const PIVOT_BLANK = /^[(（](空白|blank)[)）]$/i;

function itemAt(index: CellIndex, row: number, col: number): OutlineName | null {
  const cell = index.at(row, col);
  const text = cell?.text.trim() ?? '';
  if (!cell || !text || cell.label || cell.period || cell.meta) return null;
  if (PIVOT_BLANK.test(text) || isNotAName(text) || !looksLikeName(text)) return null;
  return { row, col };
}

/** Each group's item line in the label column, or null unless every group of two or more has one. */
export function outlineItemNames(index: CellIndex, groups: SeriesGroup[], labelCol: number, periodRow: number): OutlineName[] | null {
  if (groups.length < 2) return null;
  const names: OutlineName[] = [];
  let above = periodRow;
  for (const g of groups) {
    const first = g.series[0].row;
    if (first - 1 <= above) return null;
    // Only the line right above the group: a line further up is the group before's (a remark, a 達成率 line).
    if (g.series.some((s) => s.labelCol !== labelCol)) return null;
    let item = itemAt(index, first - 1, labelCol);
    if (!item) return null;
    // A hand outline may put a line describing the indicator under its name (「手続のオンライン化件数（件）⏎オンラインで申請
    // できる手続の数」): of the name-like lines right above the group, the topmost is the name (review rv40).
    for (let r = first - 2, up = itemAt(index, r, labelCol); r > above && up; up = itemAt(index, --r, labelCol)) item = up;
    names.push(item);
    above = g.series[g.series.length - 1].row;
  }
  return names;
}
