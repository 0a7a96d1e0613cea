/**
 * Rate (評価の記入): fill the empty grade cells with the computed grades (or replace them with
 * `overwrite`) and remake 評価サマリー. A preview says what a run will write before it writes.
 */
import {
  checkWorkbook,
  planRating,
  type ApplyOutcome,
  type CheckResult,
  type RatingPlan,
  type TaughtLayout,
  type WorkbookPort,
  type WorkbookSnapshot,
} from '../engine';
import { planFindings, type NoteCounts } from '../engine/actions/findingNotes';
import { FINDINGS_SHEET, findingsSheetState } from '../engine/sheets/findingsSheet';
import { planFingerprint, summarizeGradePlan, type GradePlanSummary } from './ratePlan';
import { applyPlan, readWorkbook, stopIfCancelled, stopIfStale, type OnProgress } from './steps';

export interface RateOptions {
  file: string;
  period?: string | null;
  rules?: unknown;
  /** A taught layout given from outside the workbook (the command line's --layout); default: 評価設定's 読み取りの指定. */
  layout?: TaughtLayout | null;
  /** Replace grades already written that differ from the computed ones (default: keep them). */
  overwrite: boolean;
  /** Write the 指摘事項 sheet (a row per finding, each linked to its cell). */
  findings?: boolean;
  /** Write a note on each cell a finding names, and remove EvalSheet's notes whose finding is gone (implies `findings`). */
  notes?: boolean;
  onProgress?: OnProgress;
}

/** What a rate run will do, shown before anything is written. */
export interface RatePreview extends GradePlanSummary {
  /** Given back to rate() as `expected`: it writes nothing when the plan changed meanwhile. */
  fingerprint: string;
}

export interface RateOutcome<O extends ApplyOutcome = ApplyOutcome> extends GradePlanSummary {
  result: CheckResult;
  plan: RatingPlan;
  /** Grades already written that differ from the computed ones and were kept (0 with `overwrite`). */
  kept: number;
  /** What the port wrote; null when nothing was applied (no indicator found: no 評価サマリー either). */
  applied: O | null;
  /** The findings at their cells (with `findings` or `notes`), else null. */
  findings: FindingsOutcome | null;
}

/** What the 指摘事項 sheet and the notes of a run are. */
export interface FindingsOutcome {
  /** Findings listed (rows of 指摘事項). */
  count: number;
  /** 指摘事項 exists and is protected: not remade. */
  sheetProtected: boolean;
  /** A sheet named 指摘事項 that EvalSheet did not make (a person's, the review's list): left as it is. */
  sheetForeign: boolean;
  notes: NoteCounts | null;
}

/** The check, the plan and its summary, from a snapshot. @throws UsageError */
export function planRate(snapshot: WorkbookSnapshot, o: Omit<RateOptions, 'onProgress'>) {
  const result = checkWorkbook(snapshot, { file: o.file, period: o.period ?? null, rules: o.rules, layout: o.layout });
  const plan = planRating(snapshot, result, { overwrite: o.overwrite });
  const findings = o.findings || o.notes ? addFindings(snapshot, result, plan, o) : null;
  return { result, plan, summary: summarizeGradePlan(snapshot, result, plan), findings };
}

/** The 指摘事項 sheet (unless a protected one is there) and, with `notes`, the note writes, added to the plan. */
function addFindings(snapshot: WorkbookSnapshot, result: CheckResult, plan: RatingPlan, o: Omit<RateOptions, 'onProgress'>): FindingsOutcome {
  const state = findingsSheetState(snapshot);
  const ownSheets = [...plan.sheets.map((s) => s.spec.name), FINDINGS_SHEET];
  const f = planFindings(snapshot, result.report.findings, { file: o.file, period: result.report.period?.label ?? null, notes: !!o.notes, ownSheets });
  if (state === 'absent' || state === 'own') plan.sheets.push({ mode: 'replace', spec: f.sheet });
  if (f.notes) plan.notes = f.notes;
  return { count: f.rows.length, sheetProtected: state === 'protected', sheetForeign: state === 'foreign', notes: o.notes ? f.counts : null };
}

export async function previewRate(port: Pick<WorkbookPort, 'read'>, o: RateOptions): Promise<RatePreview> {
  const { plan, summary } = planRate(await readWorkbook(port, o.onProgress), o);
  return { ...summary, fingerprint: planFingerprint(plan) };
}

/**
 * Reads, plans and writes. Nothing is written when no indicator is found.
 * @throws UsageError; Stopped when cancelled or when the plan is not the one previewed (`expected`).
 */
export async function rate<O extends ApplyOutcome>(
  port: WorkbookPort<O>,
  o: RateOptions & { expected?: string; signal?: AbortSignal },
): Promise<RateOutcome<O>> {
  const snapshot = await readWorkbook(port, o.onProgress);
  stopIfCancelled(o.signal);
  o.onProgress?.({ stage: 'evaluate', fraction: 0 });
  const { result, plan, summary, findings } = planRate(snapshot, o);
  stopIfStale(o.expected, planFingerprint(plan));
  stopIfCancelled(o.signal);
  // A written grade of another scale (◎ under A–D) is not compared, so not counted here: its rating-invalid finding says it is kept.
  const onScale = (g: string) => result.report.rules.scale.some((b) => b.grade === g);
  const kept = o.overwrite
    ? 0
    : result.report.indicators.filter((i) => i.existingGrade && i.grade && i.existingGrade !== i.grade && onScale(i.existingGrade)).length;
  const applied = summary.noIndicators ? null : await applyPlan(port, plan, { name: 'rate' }, o);
  return { ...summary, result, plan, kept, applied, findings };
}
