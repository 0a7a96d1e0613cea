/**
 * Years as rows under names, with lines the period column labels between the names and the years:
 *   指標       | 特定健康診査受診率 | 自殺者数
 *   単位       | ％                 | 人
 *   集計期間   | 年度               | 暦年
 *   目指す方向 | ↑                  | ↓
 *   基準値（R元）, R2 … R6 (each year's figures)
 * Such a header may be four lines or more, deeper than the one to three header rows a years-as-rows table is read with:
 * when the lines right above the years are each labelled so (a unit, a direction, the kind of period counted), the
 * header reaches up to the names line over them (labelled 指標, 区分, 項目 or 年度). A 集計期間 line says over what span
 * each column is counted (年度, 暦年, 3月31日現在, 隔年), an 出典 line where from: words about the figures, never a unit
 * or a name.
 */
import { classifyLabel } from '../values/labels';
import { compact, normalizeText } from '../values/text';
import type { Grid } from './grid';

/** How many labelled lines may stand between the names and the years. */
const REACH = 5;
/**
 * A line saying how each column is counted: over what span or at what day (集計期間, 把握時点), from what source (出典,
 * 把握方法, 調査名), or by whom (所管課).
 */
const COLUMN_NOTE_LABEL =
  /^(?:(?:集計|把握|調査|計上|対象|数値の?)?(?:期間|時点|基準日)|出典|資料|データ(?:元|の出典)|(?:把握|算出|算定|調査)方法|調査名|所管課?|担当課?)$/;
/** The label of the names line over the labelled lines. */
const NAMES_LABEL = /^(?:区分|項目|指標名?|年度|KPI|成果指標)$/;

const words = (grid: Grid, row: number, col: number) => compact(normalizeText(grid.text(row, col)));

/** Whether the period column labels the row as a note on how each column is counted (集計期間 | 年度 | 暦年, 出典 | 市調べ). */
export function isColumnNoteRow(grid: Grid, row: number, periodCol: number): boolean {
  return COLUMN_NOTE_LABEL.test(words(grid, row, periodCol));
}

/** Whether the period column labels the row as a line about each column: its unit, its direction, how it is counted. */
function isLabelledLine(grid: Grid, row: number, periodCol: number): boolean {
  const role = classifyLabel(grid.text(row, periodCol))?.role;
  return role === 'unit' || role === 'direction' || isColumnNoteRow(grid, row, periodCol);
}

/**
 * The rows over `top` (the header band's first row) that belong to the header: when `top` and every row up to a names line
 * are labelled lines in the period column, those rows and the names line, top first; else none.
 */
export function headLinesAbove(grid: Grid, periodCol: number, top: number): number[] {
  if (!isLabelledLine(grid, top, periodCol)) return [];
  const rows: number[] = [];
  for (let r = top - 1; r >= grid.top && r >= top - REACH; r--) {
    rows.unshift(r);
    if (NAMES_LABEL.test(words(grid, r, periodCol))) return rows;
    if (!isLabelledLine(grid, r, periodCol)) return [];
  }
  return [];
}
