/**
 * A row labelled as a grade or an evaluation (一次評価（担当課）, 二次評価, 総合評価, 担当課評価, 評価結果) with no
 * figure in the table's value columns is the rating of the project or the group the table belongs to, written under
 * its indicator rows: never an indicator, whatever else stands right of it (a grade, 今後の方向性 and its word). A
 * figure keeps such a row an indicator (「施策の評価 | 点 | 3.5」). Nor is a row named by a grade of a scale
 * (「A　順調」, a legend's line: tally.ts) or a rating row of the table above (ratingRows.ts) ever an indicator.
 * The project's future is such a field too: a row labelled 今後の方向性 / 今後の方針, or a label whose value, right beside
 * it outside the value columns (where a unit would stand), is a verdict (継続, 見直し（補助率の検討）, 拡充, 廃止…), with no
 * figure: an evaluation's line, not an indicator whose figures are missing. Not when that cell stands in a column the
 * table heads 方向性 / 今後の方向性 / 方向 (`wayCols`): the word is that column's value for the row, an indicator's.
 * So is a viewpoint the evaluation judges by, with its judgement beside it and no figure (評価の視点 | 必要性 | 妥当である:
 * values/evaluationViewpoints.ts).
 */
import type { Column } from './column';
import type { Grid } from './grid';
import { classifyLabel } from '../values/labels';
import { compact, normalizeText, stripNote } from '../values/text';
import { isEvaluationViewpoint } from '../values/evaluationViewpoints';
import { isRatingRow, isRatingRowLabel } from './ratingRows';
import { rowHasFigure } from './sentenceRows';
import { isGradeName } from './tally';

/** An evaluation by its stage or its scope: 一次評価, 二次評価, 最終評価, 総合評価, 内部評価, 外部評価, 事後評価. */
const STAGED_EVALUATION = /^(?:[一二三1-3]次|最終|総合|内部|外部|事後|事前)(?:評価|判定)$/;

/** Whether a row's label names a grade, an evaluation or a viewpoint it judges by (必要性, 有効性), not an indicator. */
export function isEvaluationName(text: string): boolean {
  const role = classifyLabel(text)?.role;
  if (role === 'grade' || role === 'previousGrade' || role === 'futureDirection' || isEvaluationViewpoint(text)) return true;
  const t = compact(normalizeText(stripNote(text))).replace(/[(（][^()（）]*[)）]/g, '');
  return STAGED_EVALUATION.test(t) || isRatingRowLabel(text);
}

/**
 * Whether table row `row` (its name `name` in the cell anchored at `anchor`) is a grade's or a rating's row, not an indicator;
 * `wayCols` are the table's columns headed as a way or a future (方向性), whose words are the rows' own.
 */
/** A table's columns headed 方向性 / 今後の方向性 / 方向: the words in them are the row's own (verdictBeside). */
export function wayColumns(columns: Column[]): number[] {
  return columns.filter((c) => c.role === 'futureDirection' || c.role === 'direction').map((c) => c.col);
}

export function isEvaluationRow(
  grid: Grid,
  row: number,
  anchor: { row: number; col: number },
  name: string,
  valueCols: number[],
  wayCols: number[] = [],
): boolean {
  if (isGradeName(name) || isRatingRow(grid, anchor)) return true;
  const verdict = verdictBeside(grid, row, anchor.col, [...valueCols, ...wayCols]);
  return (isEvaluationName(name) || verdict) && !rowHasFigure(grid, row, valueCols);
}

/** A verdict on a project's future (「継続」「見直し（補助率の検討）」); 維持 and 現状維持 are left out, as they may be a target. */
const VERDICT = /^(?:拡充|継続|見直し|縮小|廃止|休止|終了|統合|完了)(?:[(（][^()（）]*[)）])?$/;

/** Whether the first cell right of the name, outside the value columns, holds a verdict (今後の方向性 | 継続: a label and its value). */
export function verdictBeside(grid: Grid, row: number, nameCol: number, valueCols: number[]): boolean {
  const c = grid.rightEdge(row, nameCol) + 1;
  if (c > grid.right || valueCols.includes(c)) return false;
  return VERDICT.test(compact(normalizeText(grid.text(row, c))));
}
