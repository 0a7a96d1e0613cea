/** The rate use case: the writes that fill grades and rebuild the summary sheet. Pure. */
import { parseA1 } from '../model/address';
import { SUMMARY_SHEET, type CheckResult } from './check';
import type { Evaluated } from '../grading/evaluate';
import { onScale } from '../grading/otherScales';
import { colouredScale, type CellWrite, type WritePlan } from '../model/plan';
import { writable, type WorkbookSnapshot } from '../model/port';
import { summarySheetSpec } from '../sheets/summary';

export interface RateOptions {
  /** Replace grades a person already wrote (default: keep them and report the difference). */
  overwrite?: boolean;
  /** Build the summary sheet (default true). */
  summary?: boolean;
}

/** A grade cell the run would have written but may not: its sheet is protected and the cell locked. */
export interface BlockedGrade {
  sheet: string;
  cell: string;
  /** The indicator, or the policy for a 達成状況評価 cell. */
  subject: string;
  grade: string;
  reason: 'locked';
}

/** The rating's writes, and the grade cells protection kept it from writing (said, never left out silently). */
export interface RatingPlan extends WritePlan {
  blocked: BlockedGrade[];
}

function blankCell(v: unknown): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

export function planRating(snapshot: WorkbookSnapshot, result: CheckResult, options: RateOptions = {}): RatingPlan {
  const { report, evaluated, detections } = result;
  // A protected sheet's locked cells are never written; its unlocked ones (a template's inputs) are.
  const canWrite = new Map(snapshot.sheets.map((s) => [s.name, writable(s)]));
  const blocked = (sheet: string, cell: string) => !(canWrite.get(sheet)?.(cell) ?? true);
  const cells: CellWrite[] = [];
  const kept: BlockedGrade[] = [];
  const after = new Map<Evaluated, string | null>();
  // A sheet whose grades are marks by its legend (「◎ 順調(A)…」) gets its grades written as those marks (detect/markLegend.ts).
  const marks = new Map(detections.map((d) => [d.meta.sheet, d.meta.markOfGrade]));
  const written = (sheet: string, grade: string) => marks.get(sheet)?.[grade] ?? grade;
  for (const e of evaluated) {
    const gc = e.raw.gradeCell;
    // The grade cell's own sheet: a joined 実績値 sheet's 評価 column, a 総括表's grade (detect/types.ts gradeCell.sheet).
    const sheet = gc?.sheet ?? e.raw.sheet;
    after.set(e, e.report.existingGrade ?? null);
    // A grade of another scale (◎ under A–D) stays as written, even with overwrite: 評価設定 must set the city's scale first.
    if (!gc || !e.report.grade || (e.report.existingGrade && !onScale(e.report.existingGrade, report.rules.scale))) continue;
    // A mark the sheet's legend reads as a grade (「◎ 順調(A)」, detect/markLegend.ts) is never replaced by a letter: with
    // overwrite, only by the legend's mark for the computed grade.
    if (gc.means && !blankCell(gc.raw) && !(options.overwrite && marks.get(sheet)?.[e.report.grade])) continue;
    const empty = blankCell(gc.raw);
    if (empty || (options.overwrite && e.report.existingGrade !== e.report.grade)) {
      if (blocked(sheet, gc.cell)) {
        kept.push({ sheet, cell: gc.cell, subject: e.report.name, grade: e.report.grade, reason: 'locked' });
        continue;
      }
      cells.push({ sheet, cell: gc.cell, value: written(sheet, e.report.grade), previous: gc.raw, kind: 'grade', indicator: e.report.name });
      after.set(e, e.report.grade);
    }
  }
  for (const g of report.groups) {
    if (!g.cell || !g.grade || (g.existingGrade && !onScale(g.existingGrade, report.rules.scale))) continue;
    const d = detections.find((x) => x.meta.sheet === g.sheet);
    // Policies side by side: the rating cell of this group, not the sheet's first.
    const rating = d?.meta.groupGrades?.find((x) => x.cell === g.cell) ?? d?.meta.groupGrade;
    const raw = rating?.raw ?? null;
    // A mark the sheet's legend reads as a grade is replaced only by a mark, as an indicator's is.
    if (rating?.means && !blankCell(raw) && !(options.overwrite && marks.get(g.sheet)?.[g.grade])) continue;
    if (blankCell(raw) || (options.overwrite && g.existingGrade !== g.grade)) {
      if (blocked(g.sheet, g.cell)) {
        kept.push({ sheet: g.sheet, cell: g.cell, subject: g.name, grade: g.grade, reason: 'locked' });
        continue;
      }
      cells.push({ sheet: g.sheet, cell: g.cell, value: written(g.sheet, g.grade), previous: raw, kind: 'group-grade', indicator: g.name });
    }
  }
  cells.sort((a, b) => a.sheet.localeCompare(b.sheet) || parseA1(a.cell)!.row - parseA1(b.cell)!.row || parseA1(a.cell)!.col - parseA1(b.cell)!.col);
  const plan: RatingPlan = {
    cells,
    sheets: [],
    scale: colouredScale(report.rules.scale),
    blocked: kept,
  };
  const summaryProtected = snapshot.sheets.some((s) => s.name === SUMMARY_SHEET && s.protected);
  // No indicators: no summary sheet either (an empty one would look like a result); the check's
  // no-indicators finding says what was looked for, and the plan has nothing to write.
  if (options.summary !== false && !summaryProtected && report.indicators.length > 0) {
    plan.sheets.push({ mode: 'replace', spec: summarySheetSpec(report, evaluated, (e) => after.get(e) ?? null, SUMMARY_SHEET) });
  }
  return plan;
}
