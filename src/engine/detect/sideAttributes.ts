/**
 * Attribute lines of a table laid on its side (transposed.ts): under the indicators' names across the top, a line of
 * units only (（t） | （％）) and a line labelled 方向 / 目指す方向 / 単位 whose cells are 増加 / 減少 or units. Those
 * cells say something of the names above them and are never names themselves. And the years written down the side,
 * left of the 目標値 / 実績値 labels (「2023年度」 merged down over both lines), give those lines their period.
 */
import { classifyLabel, SERIES_ROLES, type Label } from '../values/labels';
import { parsePeriodCell } from '../values/periods';
import type { CellIndex, IndexedCell } from './cells';
import type { Grid } from './grid';
import { cleanName } from './names';

/** A side line of a transposed table: its row, its label and the column of the label. */
export interface AttributeLine {
  row: number;
  label: Label;
  labelCol: number;
}

/** How many lines of units may stand between the names and the labelled attribute line. */
const MAX_LINES_ABOVE = 3;

/** A label that names an attribute of each indicator (its direction, its unit), not the indicators. */
export function isAttributeLabel(label: Label | null | undefined): boolean {
  return label?.role === 'direction' || label?.role === 'unit';
}

/** A cell that is a unit and nothing else: 件, 千人, ％, （t）. */
export function isUnitOnly(text: string): boolean {
  // 「有収率（％）」: a name with its unit in brackets.
  if (/[^\s(（]\s*[(（][^()（）]+[)）]\s*$/.test(text.trim())) return false;
  const t = text.replace(/[\s()（）]/g, '');
  return t.length > 0 && t.length <= 4 && !classifyLabel(t) && !!cleanName(`x（${t}）`).unit;
}

/**
 * The names above an attribute line (方向 | 減少 | 増加): the nearest line up whose cells in the same columns are all
 * names, past lines of units only (each read as a unit line). Null when a line up has a gap or a cell of another kind.
 */
export function namesAboveAttributes(
  index: CellIndex,
  row: number,
  labelCol: number,
  values: IndexedCell[],
  isName: (c: IndexedCell) => boolean,
): { names: IndexedCell[]; lines: AttributeLine[] } | null {
  const lines: AttributeLine[] = [];
  for (let r = row - 1; r >= Math.max(1, row - 1 - MAX_LINES_ABOVE); r--) {
    const cells = values.map((v) => index.at(r, v.col));
    if (!cells.every((c): c is IndexedCell => !!c?.text)) return null;
    if (cells.every((c) => isUnitOnly(c.text))) lines.unshift({ row: r, label: { role: 'unit' }, labelCol });
    else return cells.every(isName) ? { names: cells, lines } : null;
  }
  return null;
}

/**
 * A series label with no period of its own takes the period written left of it on the same line (「2023年度」 merged
 * down over its 目標値 and 実績値 lines): the years down the side, the measures beside them.
 */
export function withPeriodLeft(grid: Grid, label: Label, row: number, col: number): Label {
  if (label.period || label.relative !== undefined || !SERIES_ROLES.has(label.role)) return label;
  for (let c = col - 1; c >= grid.left; c--) {
    const text = grid.text(row, c);
    if (!text) continue;
    const period = parsePeriodCell(text);
    return period && !period.baseline ? { ...label, period: period.period } : label;
  }
  return label;
}
