/**
 * A row labelled as a grade or an evaluation (一次評価（担当課）, 二次評価, 総合評価, 担当課評価, 評価結果) with no
 * figure in the table's value columns is the rating of the project or the group the table belongs to, written under
 * its indicator rows: never an indicator, whatever else stands right of it (a grade, 今後の方向性 and its word). A
 * figure keeps such a row an indicator (「施策の評価 | 点 | 3.5」). Nor is a row named by a grade of a scale
 * (「A　順調」, a legend's line: tally.ts) or a rating row of the table above (ratingRows.ts) ever an indicator.
 */
import type { Grid } from './grid';
import { classifyLabel } from '../values/labels';
import { compact, normalizeText, stripNote } from '../values/text';
import { isRatingRow, isRatingRowLabel } from './ratingRows';
import { rowHasFigure } from './sentenceRows';
import { isGradeName } from './tally';

/** An evaluation by its stage or its scope: 一次評価, 二次評価, 最終評価, 総合評価, 内部評価, 外部評価, 事後評価. */
const STAGED_EVALUATION = /^(?:[一二三1-3]次|最終|総合|内部|外部|事後|事前)(?:評価|判定)$/;

/** Whether a row's label names a grade or an evaluation, not an indicator. */
export function isEvaluationName(text: string): boolean {
  const role = classifyLabel(text)?.role;
  if (role === 'grade' || role === 'previousGrade') return true;
  const t = compact(normalizeText(stripNote(text))).replace(/[(（][^()（）]*[)）]/g, '');
  return STAGED_EVALUATION.test(t) || isRatingRowLabel(text);
}

/** Whether table row `row` (its name `name` in the cell anchored at `anchor`) is a grade's or a rating's row, not an indicator. */
export function isEvaluationRow(grid: Grid, row: number, anchor: { row: number; col: number }, name: string, valueCols: number[]): boolean {
  if (isGradeName(name) || isRatingRow(grid, anchor)) return true;
  return isEvaluationName(name) && !rowHasFigure(grid, row, valueCols);
}
