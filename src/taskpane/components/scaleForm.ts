/**
 * The grading scale as the 設定 form edits it: one row per grade, best first (grade, name, lower
 * bound in %; the last grade has no bound and takes everything below), the common scales as
 * presets, and the rows back into bands with every problem said in the pane's language, naming
 * the row or the grade. The rules of the 評価設定 sheet's 評価区分 rows (sheets/settingsSheet.ts):
 * at least two grades, each its own symbol, bounds decreasing down the list.
 */
import type { Band } from '../../engine/grading/rules';
import { defaultRules } from '../../engine';
import type { ScalePreset, ScaleTexts } from './scaleTexts';

export interface ScaleRow {
  grade: string;
  label: string;
  /** The lower bound in %, as typed ('110', '80%'); ignored on the last row. */
  min: string;
}

/** A problem with the rows: `row` the 0-based row it is about, null for the scale as a whole. */
export interface ScaleProblem {
  row: number | null;
  message: string;
}

const band = (grade: string, label: string, min: number | null, points: number): Band => ({ grade, label, min, points });

/** The common scales of municipal evaluation sheets (names as written in the workbook, in Japanese). */
export const SCALE_PRESETS: Record<ScalePreset, Band[]> = {
  ad: defaultRules().scale,
  sd: [
    band('S', '目標を大きく上回った', 1.2, 5),
    band('A', '目標を達成した', 1, 4),
    band('B', '概ね達成した', 0.8, 3),
    band('C', 'やや遅れている', 0.6, 2),
    band('D', '遅れている', null, 1),
  ],
  marks: [band('◎', '順調', 1, 4), band('○', '概ね順調', 0.8, 3), band('△', 'やや遅れている', 0.6, 2), band('×', '遅れている', null, 1)],
  five: [
    band('5', '目標を大きく上回った', 1.2, 5),
    band('4', '目標を達成した', 1, 4),
    band('3', '概ね達成した', 0.8, 3),
    band('2', 'やや遅れている', 0.6, 2),
    band('1', '遅れている', null, 1),
  ],
};

/** A fraction as the % a person types (1.1 → '110', 0.825 → '82.5'). */
const percent = (min: number | null) => (min === null ? '' : String(Math.round(min * 10000) / 100));

export function scaleRows(scale: Band[]): ScaleRow[] {
  return scale.map((b) => ({ grade: b.grade, label: b.label, min: percent(b.min) }));
}

/** A lower bound as typed (full-width digits, a % sign, 以上) as a number of %, NaN when it is none. */
function percentOf(text: string): number {
  const t = text
    .normalize('NFKC')
    .replace(/%|以上/g, '')
    .trim();
  return t === '' ? NaN : Number(t);
}

/**
 * The bands the rows give, or every problem with them. Points: those of `base` when the grades are
 * the same, in the same order; otherwise counted from the bottom (n … 1), as 評価設定 does when
 * they are left blank.
 */
export function scaleFromRows(rows: ScaleRow[], base: Band[], st: ScaleTexts): { scale: Band[] } | { problems: ScaleProblem[] } {
  const problems: ScaleProblem[] = [];
  if (rows.length < 2) problems.push({ row: null, message: st.tooFew });
  const grades = rows.map((r) => r.grade.trim());
  const mins: (number | null)[] = [];
  rows.forEach((r, i) => {
    const at = (message: string) => problems.push({ row: i, message });
    const name = grades[i] || st.rowLabel(i + 1);
    if (!grades[i]) at(st.emptyGrade(i + 1));
    else if (grades.indexOf(grades[i]) < i) at(st.repeatedGrade(grades[i], i + 1, grades.indexOf(grades[i]) + 1));
    if (i === rows.length - 1) return void mins.push(null);
    const min = percentOf(r.min);
    if (r.min.trim() === '') at(st.emptyMin(name));
    else if (!Number.isFinite(min) || min < 0 || min > 1000) at(st.badMin(name, r.min.trim()));
    const ok = r.min.trim() !== '' && Number.isFinite(min) && min >= 0 && min <= 1000;
    mins.push(ok ? min : null);
    const above = mins[i - 1];
    if (ok && i > 0 && above !== null && above !== undefined && min >= above) at(st.order(name, String(min), grades[i - 1] || st.rowLabel(i), String(above)));
  });
  if (problems.length) return { problems };
  const sameGrades = base.length === rows.length && base.every((b, i) => b.grade === grades[i]);
  return {
    scale: rows.map((r, i) => ({
      grade: grades[i],
      label: r.label.trim(),
      min: mins[i] === null ? null : mins[i]! / 100,
      points: sameGrades ? base[i].points : rows.length - i,
    })),
  };
}
