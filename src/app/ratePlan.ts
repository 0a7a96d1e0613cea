/**
 * What a Grade run will do and what it cannot, worked out before anything is written: the cells it
 * fills, the filled grades it replaces, the sheets it makes, and the grade cells a sheet's
 * protection keeps it from writing (the engine's plan lists those). Pure.
 */
import { SUMMARY_SHEET, type CheckResult } from '../engine/actions/check';
import type { WritePlan } from '../engine/model/plan';
import type { WorkbookSnapshot } from '../engine/model/port';
import type { BlockedGrade, RatingPlan } from '../engine/actions/rate';

export type { BlockedGrade };

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

export function summarizeGradePlan(snapshot: WorkbookSnapshot, result: CheckResult, plan: RatingPlan): GradePlanSummary {
  const replace = plan.cells.filter((c) => !blank(c.previous)).length;
  return {
    fill: plan.cells.length - replace,
    replace,
    sheets: plan.sheets.map((s) => s.spec.name),
    blocked: plan.blocked,
    noIndicators: result.report.indicators.length === 0,
    summaryProtected: snapshot.sheets.some((s) => s.name === SUMMARY_SHEET && s.protected),
  };
}

/** What a plan writes, to tell at write time whether the workbook changed since the clerk confirmed. */
export function planFingerprint(plan: WritePlan): string {
  return JSON.stringify([plan.cells.map((c) => [c.sheet, c.cell, c.value]), plan.sheets.map((s) => s.spec.name)]);
}
