/**
 * A policy's rating written one cell further than the cell beside its label: 「施策の総合評価 | 　 | Ｂ | （A：順調 …）」.
 * When the cell right of the label is blank (no merge reaching the label), the first filled cell after it on the label's
 * row, within two cells, is the rating if it is a grade of the scale (never last year's bracketed 「（B）」); any other
 * text there (a label, a legend, a remark) ends the look, and the blank cell beside the label stays the rating cell. So does a
 * grade followed on its row by another grade or a choice mark (○, ✓): the row lists the choices, and the grade is one of them.
 */
import type { Grid } from './grid';
import { parseBracketGrade, parseGrade } from '../values/values';

/** How many cells past the blank one beside the label are looked at. */
const REACH = 2;

/** The grade's cell past the blank cell `beside` (right of the label) on the same row, or null. */
export function ratingPastBlank(
  grid: Grid,
  beside: { row: number; col: number },
  scale: { grade: string; label: string }[],
): { row: number; col: number } | null {
  const { row } = beside;
  if (grid.text(row, beside.col) !== '' || grid.merge(row, beside.col)) return null;
  let col = grid.rightEdge(row, beside.col) + 1;
  for (let n = 0; n < REACH && col <= grid.right; n++, col = grid.rightEdge(row, col) + 1) {
    const at = grid.anchor(row, col);
    if (at.row !== row) return null;
    if (grid.text(row, col) === '') continue;
    const raw = grid.value(row, col);
    return parseGrade(raw, scale)?.grade && !parseBracketGrade(raw, scale) && !choiceFollows(grid, row, col, scale) ? { row, col } : null;
  }
  return null;
}

/** A choice mark: ○ ◯ 〇 ● ◎ ✓ ✔ ☑ ■ レ alone in its cell. */
const MARK = /^[○◯〇●◎✓✔☑■レ]$/;

/** How many cells past a grade are looked at for another choice of the row. */
const CHOICE_REACH = 8;

/**
 * Whether the row goes on, past blanks, with another grade of the scale or a choice mark before any other text: the grade
 * is one of a row of choices (「順調 | | 概ね順調 | ○ | やや遅れ | | 遅れ」), not the rating written.
 */
function choiceFollows(grid: Grid, row: number, from: number, scale: { grade: string; label: string }[]): boolean {
  let col = grid.rightEdge(row, from) + 1;
  for (let n = 0; n < CHOICE_REACH && col <= grid.right; n++, col = grid.rightEdge(row, col) + 1) {
    const text = grid.text(row, col).trim();
    if (text === '') continue;
    return MARK.test(text) || !!parseGrade(grid.value(row, col), scale)?.grade;
  }
  return false;
}
