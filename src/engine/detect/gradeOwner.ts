/**
 * Two grade columns under one 評価 heading, one the department's own (一次評価（担当課）, 自己評価, 所管課評価) and one another
 * body's (二次評価（委員会）, 外部評価, 審議会): the department's is the grade it wrote, whichever stands first. The other body's
 * grade is its review of it, never the indicator's existing grade, unless a note on the sheet says that grade, where written,
 * is the final one (「二次評価欄に記入のある指標は、二次評価を最終評価とする。」: finalGradeNote.ts). A grade column under a
 * （参考） heading (last year's copy) is no candidate while another stands.
 */
import { a1, parseA1 } from '../model/address';
import { compact } from '../values/text';
import { headingTexts } from './cumulativeTwins';
import { finalGradeNotes, holdsGrade, namedFinal } from './finalGradeNote';
import { isReferenceLabel } from './referenceLabel';
import type { Grid } from './grid';
import type { Column } from './header';
import type { RawIndicator } from './types';

/** Another body's grade: a committee, an outside or second review, a council, residents. */
const OTHERS = /二次評価|委員会|外部評価|第三者|審議会|有識者|市民評価|最終評価/;

/** Whether a grade heading names another body's grade (二次評価（委員会）, 外部評価), not the department's. */
export function isOtherBodyGrade(text: string): boolean {
  return OTHERS.test(text);
}
/** The department's own: a first or self review, by its 担当 / 所管 / 主管 section. */
const OWN = /一次評価|自己評価|内部評価|担当|所管|主管|部局評価|課評価|課の評価/;

/** The line under a heading merged over two grade columns (評価 over 二次評価（委員会） | 一次評価（担当課））: that column's own words. */
function subHeading(grid: Grid, c: Column): string {
  const last = parseA1(c.cells[c.cells.length - 1] ?? '');
  if (!last) return '';
  const below = (grid.merge(last.row, last.col)?.bottom ?? last.row) + 1;
  return typeof grid.raw(below, c.col) === 'string' ? grid.text(below, c.col) : '';
}

/** A letter or mark alone (A, Ｂ, ◎, ○, △): a grade as written. */
const MARK = /^\s*[A-Za-zＡ-Ｚａ-ｚ◎○◯△▲×✕]\s*$/;

/**
 * Of two grade columns on a row, a letter or mark (進捗評価 「A」) wins over a phrase of words in the other (取組の進捗 「計画どおり実施」「令和6年度に延期」): the words tell the progress, the letter
 * is the grade written. Status words (達成 / 未達成 / －) are a column statusWordColumns.ts settles as a whole, not row by row.
 */
export function markOverWords(first: unknown, other: unknown): boolean {
  return typeof first === 'string' && first.trim().length > 4 && !MARK.test(first) && typeof other === 'string' && MARK.test(other);
}

/** 参考 in brackets in a heading (「令和4年度（参考）」 over 目標値 | 実績値 | 評価) or leading it: a copy to compare with, not this row's grade. */
const REFERENCE = /[【［[〔(（<＜]参考[】］\]〕)）>＞]/;

/** The cell of column `c` on row `r` (through a merge), as a grade cell. */
function cellOn(grid: Grid, r: number, c: Column): NonNullable<RawIndicator['gradeCell']> {
  const a = grid.anchor(r, c.col);
  return { row: a.row, col: a.col, cell: a1(a.row, a.col), raw: grid.raw(a.row, a.col) };
}

/**
 * The row's written grade among two or more grade columns: the one a note on the sheet names as final where a grade is
 * written in it (finalGradeNote.ts); never a column under a （参考） heading while another grade column stands; else the
 * department's own grade cell in place of another body's, where the row's grade columns say which is which.
 */
export function preferOwnGrade(grid: Grid, r: number, columns: readonly Column[], ind: RawIndicator): void {
  if (!ind.gradeCell) return;
  const grades = columns.filter((c) => c.role === 'grade' && !c.period);
  if (grades.length < 2) return;
  const texts = (c: Column) => [...headingTexts(grid, c.cells), subHeading(grid, c)];
  const live = grades.filter((c) => !texts(c).some((t) => REFERENCE.test(t) || isReferenceLabel(t)));
  let current = grades.find((c) => c.col === ind.gradeCell!.col);
  if (!current || !live.length) return;
  const final = finalColumn(grid, live, texts);
  if (final && holdsGrade(cellOn(grid, r, final).raw)) {
    ind.gradeCell = cellOn(grid, r, final);
    return;
  }
  // The final column blank on this row, or the current one a （参考） copy: the first other grade column.
  if (current === final || !live.includes(current)) {
    const next = live.find((c) => c !== final);
    if (!next) return;
    [current, ind.gradeCell] = [next, cellOn(grid, r, next)];
  }
  const heading = (c: Column) => compact(texts(c).join(' '));
  if (!OTHERS.test(heading(current))) return;
  const own = live.find((c) => c !== current && OWN.test(heading(c)) && !OTHERS.test(heading(c)));
  if (own) ind.gradeCell = cellOn(grid, r, own);
}

/** The grade column a note on the sheet names as final (「二次評価欄に記入のある指標は、二次評価を最終評価とする。」), or undefined. */
function finalColumn(grid: Grid, grades: readonly Column[], texts: (c: Column) => string[]): Column | undefined {
  const notes = finalGradeNotes(grid);
  if (!notes.length || grades.length < 2) return undefined;
  const heads = grades.map((c) => ({ texts: texts(c), row: parseA1(c.cells[c.cells.length - 1] ?? '')?.row ?? 0, col: c.col }));
  return grades.find((_, i) =>
    namedFinal(
      notes,
      heads[i],
      heads.filter((_, j) => j !== i),
    ),
  );
}
