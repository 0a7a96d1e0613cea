/**
 * What a Grade run will do and what it cannot, worked out before anything is written: the cells it
 * fills, the filled grades it replaces, the sheets it makes, and the grade cells a sheet's
 * protection keeps it from writing (the engine's plan leaves those out silently). Pure.
 */
import { SUMMARY_SHEET, type CheckResult } from '../../engine/check';
import type { WritePlan } from '../../engine/plan';
import { writable, type WorkbookSnapshot } from '../../engine/port';

/** A grade cell the run would have written but may not: its sheet is protected and the cell locked. */
export interface BlockedGrade {
  sheet: string;
  cell: string;
  /** The indicator, or the policy for a 達成状況評価 cell. */
  subject: string;
  grade: string;
  reason: 'locked';
}

export interface GradePlanSummary {
  /** Empty grade cells the run fills. */
  fill: number;
  /** Grade cells already filled that the run replaces (only with 置き換える). */
  replace: number;
  /** Sheets the run makes or remakes (評価サマリー). */
  sheets: string[];
  blocked: BlockedGrade[];
  /** No indicator was found: the run writes nothing at all (no 評価サマリー either). */
  noIndicators: boolean;
  /** 評価サマリー exists and is protected: not remade. */
  summaryProtected: boolean;
}

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/** The grade cells the engine's plan left out because protection blocks them. */
export function blockedGrades(snapshot: WorkbookSnapshot, result: CheckResult, overwrite: boolean): BlockedGrade[] {
  const canWrite = new Map(snapshot.sheets.map((s) => [s.name, writable(s)]));
  const blocked = (sheet: string, cell: string) => !(canWrite.get(sheet)?.(cell) ?? true);
  const out: BlockedGrade[] = [];
  for (const e of result.evaluated) {
    const gc = e.raw.gradeCell;
    const grade = e.report.grade;
    if (!gc || !grade || !blocked(e.raw.sheet, gc.cell)) continue;
    if (blank(gc.raw) || (overwrite && e.report.existingGrade !== grade)) out.push({ sheet: e.raw.sheet, cell: gc.cell, subject: e.report.name, grade, reason: 'locked' });
  }
  for (const g of result.report.groups) {
    if (!g.cell || !g.grade || !blocked(g.sheet, g.cell)) continue;
    const raw = result.detections.find((d) => d.meta.sheet === g.sheet)?.meta.groupGrade?.raw ?? null;
    if (blank(raw) || (overwrite && g.existingGrade !== g.grade)) out.push({ sheet: g.sheet, cell: g.cell, subject: g.name, grade: g.grade, reason: 'locked' });
  }
  return out;
}

/**
 * The plan as the pane will write it: nothing at all when the workbook has no indicator (a
 * 評価サマリー of nothing would only replace the clerk's sheet or add an empty one), whether or not
 * the engine already leaves it out.
 */
export function gradePlanFor(plan: WritePlan, result: CheckResult): WritePlan {
  if (result.report.indicators.length > 0) return plan;
  return { ...plan, cells: [], sheets: [] };
}

export function summarizeGradePlan(snapshot: WorkbookSnapshot, result: CheckResult, plan: WritePlan, overwrite: boolean): GradePlanSummary {
  const replace = plan.cells.filter((c) => !blank(c.previous)).length;
  return {
    fill: plan.cells.length - replace,
    replace,
    sheets: plan.sheets.map((s) => s.spec.name),
    blocked: blockedGrades(snapshot, result, overwrite),
    noIndicators: result.report.indicators.length === 0,
    summaryProtected: snapshot.sheets.some((s) => s.name === SUMMARY_SHEET && s.protected),
  };
}

/** What a plan writes, to tell at write time whether the workbook changed since the clerk confirmed. */
export function planFingerprint(plan: WritePlan): string {
  return JSON.stringify([plan.cells.map((c) => [c.sheet, c.cell, c.value]), plan.sheets.map((s) => s.spec.name)]);
}
