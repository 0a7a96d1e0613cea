/**
 * Roll (次の期間へ): the next period's workbook from this one: the period moved on, this period's
 * grades and actuals moved to the previous-year columns or cleared, 評価サマリー remade.
 */
import { checkWorkbook, planRoll, type ApplyOutcome, type RollResult, type TaughtLayout, type WorkbookPort, type WorkbookSnapshot } from '../engine';
import { planFingerprint } from './ratePlan';
import { applyPlan, readWorkbook, stopIfCancelled, stopIfStale, type OnProgress } from './steps';

export interface RollOptions {
  file: string;
  /** The current period when the workbook does not say it. */
  period?: string | null;
  /** The fiscal year to roll to; default: the year after the current period. */
  toFiscalYear?: number | null;
  /** A taught layout given from outside the workbook (the command line's --layout); default: 評価設定's 読み取りの指定. */
  layout?: TaughtLayout | null;
  onProgress?: OnProgress;
}

export interface RollPlanned extends RollResult {
  /** Sheets the run remakes (評価サマリー for the new period). */
  sheets: string[];
  fingerprint: string;
}

export interface RollOutcome<O extends ApplyOutcome = ApplyOutcome> extends RollPlanned {
  applied: O;
}

/** @throws UsageError, RollError (the period is unknown, or the next one is not after it) */
export function planNextPeriod(snapshot: WorkbookSnapshot, o: Omit<RollOptions, 'onProgress'>): RollPlanned {
  const result = checkWorkbook(snapshot, { file: o.file, period: o.period ?? null, layout: o.layout });
  // By default the year after the current period (planRoll says so when the period is unknown).
  const rolled = planRoll(snapshot, result, o.toFiscalYear ?? (result.report.period?.fiscalYear ?? 0) + 1);
  return { ...rolled, sheets: rolled.plan.sheets.map((s) => s.spec.name), fingerprint: planFingerprint(rolled.plan) };
}

export async function previewRoll(port: Pick<WorkbookPort, 'read'>, o: RollOptions): Promise<RollPlanned> {
  return planNextPeriod(await readWorkbook(port, o.onProgress), o);
}

/**
 * Reads, plans and applies the roll. A protected sheet's locked cells are not in the plan (they are roll-locked findings).
 * @throws UsageError, RollError; Stopped when cancelled or when the plan is not the one previewed (`expected`).
 */
export async function roll<O extends ApplyOutcome>(
  port: WorkbookPort<O>,
  o: RollOptions & { expected?: string; signal?: AbortSignal },
): Promise<RollOutcome<O>> {
  const snapshot = await readWorkbook(port, o.onProgress);
  stopIfCancelled(o.signal);
  const planned = planNextPeriod(snapshot, o);
  stopIfStale(o.expected, planned.fingerprint);
  stopIfCancelled(o.signal);
  return { ...planned, applied: await applyPlan(port, planned.plan, { name: 'roll' }, o) };
}
