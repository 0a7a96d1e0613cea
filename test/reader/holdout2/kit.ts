/** Small helpers for the second hold-out set: a workbook's shape, cell writing and the default grading rules. */
import type { Workbook, Worksheet } from 'exceljs';
import type { Direction, ExpectedIndicator, ExpectedWorkbook, Status } from '../model';

export interface Holdout2Workbook {
  /** Also the file name (`${name}.xlsx`). */
  name: string;
  /** What is unusual about the layout, in one line. */
  layout: string;
  build(wb: Workbook): void;
  expected: ExpectedWorkbook;
}

/** Writes a row of values from (row, col), both 1-based; undefined leaves a cell empty. */
export function put(ws: Worksheet, row: number, col: number, values: (string | number | null | undefined)[]): void {
  values.forEach((v, i) => {
    if (v !== undefined && v !== null) ws.getCell(row, col + i).value = v;
  });
}

/** The grade under the samples README's default rules (null: no grade). */
export function gradeOf(target: number | null, actual: number | null, direction: Direction = 'up'): string | null {
  if (target === null || actual === null) return null;
  if (direction === 'up' && target === 0) return null;
  const rate = direction === 'up' ? actual / target : actual === 0 ? Infinity : target / actual;
  return rate >= 1 ? 'A' : rate >= 0.8 ? 'B' : rate >= 0.6 ? 'C' : 'D';
}

const POINTS: Record<string, number> = { A: 4, B: 3, C: 2, D: 1 };

/** A policy sheet's roll-up: the mean of its graded indicators' points, rounded half up. */
export function rollUp(grades: (string | null)[]): string | null {
  const pts = grades.filter((g): g is string => !!g).map((g) => POINTS[g]);
  if (!pts.length) return null;
  const mean = Math.floor(pts.reduce((a, b) => a + b, 0) / pts.length + 0.5);
  return Object.keys(POINTS).find((k) => POINTS[k] === mean) ?? null;
}

/**
 * An indicator with a numeric target and actual, graded by the default rules. `unit` is the unit a cell writes (a 単位 column,
 * heading, note, the figure, a bracket in the name or description); null when no cell writes one: a unit is not inferred from
 * the name's counter word (「チームオレンジ数」 has no unit; set 197's h197-plan-shihyo).
 */
export function ind(
  sheet: string,
  name: string,
  unit: string | null,
  target: number | null,
  actual: number | null,
  more: { direction?: Direction; existing?: string; actualStatus?: Status } = {},
): ExpectedIndicator {
  const out: ExpectedIndicator = { sheet, name, unit, target, grade: more.actualStatus === 'not-implemented' ? 'D' : gradeOf(target, actual, more.direction) };
  if (actual !== null) out.actual = actual;
  if (more.actualStatus) out.actualStatus = more.actualStatus;
  out.direction = more.direction ?? 'up';
  if (more.existing) out.existing = more.existing;
  return out;
}

/** The standard scale's words, as the report gives a written grade: its letter (the samples' facts.json, hold-outs 13 and 14). */
const SCALE_WORDS: Record<string, string> = { 順調: 'A', 概ね順調: 'B', おおむね順調: 'B', やや遅れている: 'C', やや遅れ: 'C', 遅れている: 'D', 遅れ: 'D' };

/**
 * A set's expectations with a department's written grade in the standard scale's words given as its letter, the project's
 * convention for `existing` (the report's existingGrade is the grade on the city's scale). Builders of hold-outs 48–51 wrote
 * the words as written; this aligns them, and the set's index says so beside its first figure.
 */
export function lettersForScaleWords<W extends Holdout2Workbook>(workbooks: W[]): W[] {
  for (const w of workbooks)
    for (const i of w.expected.indicators) if (i.existing !== undefined && SCALE_WORDS[i.existing]) i.existing = SCALE_WORDS[i.existing];
  return workbooks;
}

/** A legend's marks with the standard scale's bands (◎ 100 % 以上, ○ 80 %, △ 60 %, × below), as that scale's letters. */
const STANDARD_MARKS: Record<string, string> = { '◎': 'A', '○': 'B', '△': 'C', '×': 'D' };

/**
 * A set's expectations with the written ◎○△× of the named workbooks, whose legend gives the marks the standard scale's bands,
 * given as that scale's letters: the project reports such a department's grade as the letter of the scale the legend states
 * (the report's existingGrade is a grade of the city's scale; set 29's h29-kosodate-marks). Builders wrote the marks.
 * Only a legend naming each mark with its band (「◎＝達成（100％以上）」) does so: a bare criterion of bands
 * (「【達成度の基準】　◎：達成率100％以上　○：80％以上…」) keeps the marks as written (set 12's h12-prev-curr-marks, set 193).
 */
export function lettersForLegendMarks<W extends Holdout2Workbook>(workbooks: W[], names: ReadonlySet<string>): W[] {
  for (const w of workbooks.filter((x) => names.has(x.name)))
    for (const i of w.expected.indicators) if (i.existing !== undefined && STANDARD_MARKS[i.existing]) i.existing = STANDARD_MARKS[i.existing];
  return workbooks;
}
