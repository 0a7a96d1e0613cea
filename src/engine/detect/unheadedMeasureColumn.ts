/**
 * A column with no heading of its own between the names and the figures, holding each row's measure word, as a monthly sheet
 * of a hospital or a service writes it:
 *   区分         | 単位 |      | 4月   | … | 3月   | 年度計
 *   入院延患者数 | 人   | 目標 |       | … |       | 98,000
 *                |      | 実績 | 7,980 | … | 7,970 | 95,430
 * The words say which row is the target and which the actual, as a 区分 heading over them would (rowMeasureLabels.ts). Only a
 * column no heading row writes in, only on the rows one name is merged down over, and only when those rows hold one target
 * word and one actual word (目標 / 目標値, 実績 / 実績値; never 前年度実績 or R5目標) and no other word but, at most once, a figure derived
 * from them (達成率, 進捗率: the three-row form, review rv65): a column of 男性 / 女性, 上期 / 下期 or a remark is none, nor a pair written
 * under names not merged over it.
 */
import { parseA1 } from '../model/address';
import type { Column } from './column';
import type { Grid } from './grid';
import { classifyLabel } from '../values/labels';

/**
 * The measure a cell names alone, target (目標, 目標値) or actual (実績, 実績値), or null: a word of another year or a relative one
 * (前年度実績, R5目標) names a figure of that period, not this row's measure.
 */
export function plainRowMeasure(text: string): 'target' | 'actual' | null {
  const t = text.replace(/\s/g, '');
  const label = t && t.length <= 6 ? classifyLabel(t) : null;
  if (!label || label.period || label.relative !== undefined) return null;
  return label.role === 'target' || label.role === 'actual' ? label.role : null;
}

/** A row's measure word: target or actual (plainRowMeasure), or a figure derived from them (達成率, 進捗率, 達成度), else null. */
function rowMeasure(text: string): 'target' | 'actual' | 'derived' | null {
  const t = text.replace(/\s/g, '');
  const label = t && t.length <= 5 ? classifyLabel(t) : null;
  return label?.role === 'derived' && !label.period ? 'derived' : plainRowMeasure(text);
}

/** Roles of the columns holding the figures: the measure column stands left of them all. */
const FIGURE_ROLES = new Set(['actual', 'target', 'expected', 'baseline', 'part', 'derived']);

/** Whether the name cell at row `r` is merged down over rows whose cells in `col` name one target and one actual, nothing else. */
export function namesMeasurePair(grid: Grid, r: number, nameCol: number, col: number): boolean {
  const m = grid.merge(r, nameCol);
  if (!m || m.top !== r || m.bottom === r || grid.anchor(r, col).col !== col) return false;
  const measures: (string | null)[] = [];
  for (let row = r; row <= m.bottom; row++) measures.push(grid.anchor(row, col).row === row ? rowMeasure(grid.text(row, col)) : null);
  const pair = measures.filter((x) => x !== 'derived');
  return pair.length === 2 && pair.includes('target') && pair.includes('actual') && measures.length - pair.length <= 1;
}

/**
 * The unheaded column right of `from` and left of `before` whose cells beside the name merged down at row `r` name its rows'
 * measures (namesMeasurePair), the first such; undefined when none does. `headed` tells a column a heading row writes in.
 */
export function unheadedMeasureCol(
  grid: Grid,
  r: number,
  nameCol: number,
  span: { from: number; before: number },
  headed: (col: number) => boolean,
): number | undefined {
  for (let col = span.from; col < span.before; col++) if (!headed(col) && namesMeasurePair(grid, r, nameCol, col)) return col;
  return undefined;
}

/**
 * The measure column of a table read by its columns (none headed 区分): the unheaded column between the names and the first
 * figures' column whose cells label the rows the name at `r` is merged over, as a 区分 column; undefined when there is none.
 */
export function unheadedCategory(grid: Grid, r: number, nameCol: number, columns: readonly Column[]): Column | undefined {
  const headingRows = new Set(columns.flatMap((c) => c.cells.map((a) => parseA1(a)?.row ?? 0)).filter((x) => x > 0));
  if (!headingRows.size) return undefined;
  const before = Math.min(...columns.filter((c) => FIGURE_ROLES.has(c.role)).map((c) => c.col));
  const headed = (col: number) => columns.some((c) => c.col === col) || [...headingRows].some((row) => grid.text(row, col).trim() !== '');
  const col = unheadedMeasureCol(grid, r, nameCol, { from: nameCol + 1, before }, headed);
  return col === undefined ? undefined : { col, role: 'category', cells: [] };
}
