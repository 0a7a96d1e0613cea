/** The body rows of a table that hold no indicator, asked of each row the table reader reaches (tables.ts). */
import { classifyLabel, classifyMeta } from '../values/labels';
import type { CellIndex } from './cells';
import { holdsOtherUnit, isCostBreakdown, isCostHeadingRow, isCostLine, isCostPairsRow } from './costHeadings';
import { isFundingHeadingRow, isFundingLabelOnCostRow } from './costFunding';
import { isCostLabelBesideUnit } from './costLabelBesideUnit';
import { isCostFiguresRow } from './costFiguresBelow';
import { isProjectLine } from './costTables';
import { isEvaluationRow, wayColumns } from './evaluationRows';
import type { Grid } from './grid';
import type { Column } from './header';
import { isNotAName } from './names';
import { isFormPrompt } from '../values/formPrompt';
import { isSentence, isSentenceRow, rowHasFigure } from './sentenceRows';
import { holdsRatingLabel } from './titledStack';

/**
 * The row holds something in the table's value, id or unit columns. A sentence in the unit column (「２　所管課の意見 | 宿泊部門は好調。…」,
 * a section under the table written on into the column) is no unit: it holds nothing there.
 */
function holdsContent(grid: Grid, r: number, columns: Column[], valueCols: Column[]): boolean {
  const [idCol, unitCol] = [columns.find((c) => c.role === 'id'), columns.find((c) => c.role === 'unit')];
  const unit = unitCol ? grid.text(r, unitCol.col) : '';
  return valueCols.some((c) => grid.text(r, c.col) !== '') || (!!idCol && grid.text(r, idCol.col) !== '') || (unit !== '' && !isSentence(unit));
}

/** A body row that holds no indicator: a section heading, a title line, a meta or evaluation row, an empty or sentence row, a cost line. */
export function notAnIndicatorRow(
  grid: Grid,
  index: CellIndex,
  r: number,
  rawName: string,
  t: {
    nameCol: number;
    firstValue: number;
    columns: Column[];
    valueCols: Column[];
    rowCols: number[];
    costSide: boolean;
    anchor: { row: number; col: number };
    /** The name as read, its outline line taken off (asked only of rows that reach the sentence test). */
    lineName: () => string;
  },
): boolean {
  const valueColNums = t.valueCols.map((c) => c.col);
  // A section heading merged across the value columns is not an indicator.
  if (grid.rightEdge(r, t.nameCol) >= t.firstValue) return true;
  // A policy's title line with its rating label (施策1-2 … | 施策評価 | □) heads the next table (titledStack.ts); a row with
  // figures in the value columns is an indicator's line, its 指標の説明 「体力・運動能力調査の総合評価」 no rating label.
  // Figures in two value columns at least (a target and an actual): 「施策評価 | 3」 alone is a policy's rating (review rv43).
  const figures = valueColNums.filter((c) => rowHasFigure(grid, r, [c])).length;
  if (holdsRatingLabel(index, r, t.nameCol) && figures < 2) return true;
  // A remark's heading in the name cell with no figure (「所見 | 順調」 under the table): a form's line after it, no indicator.
  if (!figures && classifyLabel(rawName.trim())?.role === 'note') return true;
  // A blank form's prompt in the name cell (「（指標名を入力）」) is the template's empty line, unless figures were written on it
  // (review rv41b): then it is an indicator whose name was not filled in, read as written, not dropped.
  const promptFilled = isFormPrompt(rawName) && valueColNums.some((c) => !/^[0０\s－―ー-]*$/.test(grid.text(r, c)));
  if (
    classifyMeta(grid.text(r, t.nameCol)) ||
    (isNotAName(rawName) && !promptFilled) ||
    isEvaluationRow(grid, r, t.anchor, rawName, valueColNums, wayColumns(t.columns))
  )
    return true;
  // The name as read, its outline line taken off (「…更新事業⏎台帳システムを更新し…一元化する。」 is no sentence row).
  if (!holdsContent(grid, r, t.columns, t.valueCols) || isSentenceRow(grid, r, t.lineName(), valueColNums, t.nameCol)) return true;
  // A project's title with its cost beside it (… | 決算額 15,630千円) heads the project's table, and a row named by a
  // cost label alone (事業費（千円） | 予算額 | 決算額) is its cost line (costHeadings.ts), 「うち国庫補助」 under it a part of
  // that line: none is an indicator.
  if (isCostHeadingRow(grid, r, t.rowCols, valueColNums) || isCostLine(grid, r, rawName, t.rowCols)) return true;
  // 決算額（千円） | 国・県支出金 | 一般財源: a source of the cost's money named beside its cost label (costFunding.ts).
  if (isFundingLabelOnCostRow(grid, r, rawName) && !holdsOtherUnit(grid, r, t.rowCols)) return true;
  // 財源内訳 | 決算額 | 国・県支出金 | 一般財源: the heading row of those sources, labels and no figure (costFunding.ts).
  if (isFundingHeadingRow(grid, r, t.nameCol, t.rowCols)) return true;
  // 事業費 | （千円）: the same line, its label in the column left of the names and its unit in the name cell (costLabelBesideUnit.ts).
  if (isCostLabelBesideUnit(grid, r, t.nameCol, t.rowCols)) return true;
  if (isCostBreakdown(grid, r, rawName, t.nameCol, t.rowCols)) return true;
  // 48,200 | 46,915 under 予算額 | 決算額: the cost line's amounts on the row below its labels (costFiguresBelow.ts).
  if (isCostFiguresRow(grid, r)) return true;
  // 予算額 | 92,000 | 決算額 | 89,540: the cost as label-value pairs, its first amount falling in the name column.
  if (isCostPairsRow(grid, r, valueColNums)) return true;
  return t.costSide && isProjectLine(grid, r, valueColNums);
}
