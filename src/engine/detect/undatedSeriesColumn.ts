/**
 * A table of one year whose rows come in 目標 / 実績 pairs told apart by a 区分 column, the figures in one column beside
 * it headed by no year but by a plain word for what it holds (No. | 事業名 | 区分 | 内容 | 自己評価 over 「目標 | 創業セミナー
 * 受講者 40人」 and 「実績 | 創業セミナー受講者 36人」): that column is the figures' axis, dated by the year the sheet's title
 * or its stated period gives (「令和5年度 主要事業実績報告」), and read as a period column of that year would be
 * (periodAxes.ts). Refused: a sheet stating no year, a heading that is a measure or a year itself (read as such elsewhere),
 * and a 区分 column without at least two rows of each, targets and actuals, under the heading.
 */
import type { Period } from '../values/periods';
import type { Run } from './blockTypes';
import type { CellIndex } from './cells';
import { readLongHeader } from './longTable';

/** A plain heading for the figures' column: 内容, 数値, 値, 数量, 指標値, 成果. */
const PLAIN_HEADING = /^(内容|数値|値|数量|指標値|成果|実績等)$/;

/** How far down the 区分 column's pairs are counted. */
const REACH = 60;

/** Whether the 区分 column holds at least `least` (two) target and as many actual labels down from the heading, with nothing else between. */
export function pairsBelow(index: CellIndex, row: number, col: number, least = 2): boolean {
  let targets = 0;
  let actuals = 0;
  for (let r = row + 1; r <= row + REACH && index.rows.has(r); r++) {
    const role = index.at(r, col)?.label?.role;
    if (role === 'target' || role === 'expected') targets++;
    else if (role === 'actual') actuals++;
    else if (index.at(r, col)) break;
  }
  return targets >= least && actuals >= least;
}

/** The heading rows of such tables, each as a run of one column dated `period`; none when the sheet states no year. */
export function undatedSeriesRuns(index: CellIndex, period: Period | undefined): Run[] {
  if (!period || period.kind !== 'fiscal') return [];
  const runs: Run[] = [];
  for (const [row, cells] of index.rows) {
    const i = cells.findIndex((c) => c.label?.role === 'category');
    const value = i >= 0 ? cells[i + 1] : undefined;
    if (!value || value.col !== cells[i].right + 1 || value.period || !PLAIN_HEADING.test(value.text.replace(/\s+/g, ''))) continue;
    if (!pairsBelow(index, row, cells[i].col)) continue;
    // A 年度 column on the heading row dates each row itself: a long table's (longTable.ts), no one-year table.
    if (readLongHeader(index.grid, row)) continue;
    runs.push({ row, cells: [{ col: value.col, period, baseline: false }], start: value.col, end: value.right });
  }
  return runs;
}
