/** Template (ひな形): the standard workbook's sheets (施策評価, 事業実績, 評価設定), protected with their inputs open. */
import {
  checkedYears,
  colouredScale,
  defaultRules,
  fiscalYearLabel,
  templateSheetSpecs,
  type ApplyOutcome,
  type TemplateOptions,
  type WorkbookPort,
  type WritePlan,
} from '../engine';
import { applyPlan, readWorkbook, stopIfCancelled, type OnProgress } from './steps';

export type TemplateYears = Pick<TemplateOptions, 'fiscalYear' | 'planStart' | 'planEnd'>;

/** `taken`: the workbook already has sheets of those names; nothing was written. */
export type TemplateOutcome<O extends ApplyOutcome = ApplyOutcome> =
  { kind: 'taken'; sheets: string[] } | { kind: 'made'; sheets: string[]; period: string; years: TemplateYears; applied: O };

/** The template's plan: its sheets, and the default scale's colours. @throws UsageError when the years do not fit together. */
export function templatePlan(o: TemplateYears & { sample: boolean }): WritePlan {
  const years = checkedYears({ fiscalYear: o.fiscalYear, planStart: o.planStart, planEnd: o.planEnd });
  const specs = templateSheetSpecs({ ...years, sample: o.sample });
  return { cells: [], sheets: specs.map((spec) => ({ mode: 'replace' as const, spec })), scale: colouredScale(defaultRules().scale) };
}

/**
 * Adds the template's sheets; refused (nothing written) when one of their names is taken (case-insensitively, as Excel compares them).
 * @throws UsageError when the years do not fit together; Stopped when cancelled before writing.
 */
export async function template<O extends ApplyOutcome>(
  port: WorkbookPort<O>,
  o: TemplateYears & { sample: boolean; onProgress?: OnProgress; signal?: AbortSignal },
): Promise<TemplateOutcome<O>> {
  const plan = templatePlan(o);
  const names = plan.sheets.map((s) => s.spec.name);
  const snapshot = await readWorkbook(port, o.onProgress);
  stopIfCancelled(o.signal);
  const taken = names.filter((n) => snapshot.sheets.some((s) => s.name.toLowerCase() === n.toLowerCase()));
  if (taken.length) return { kind: 'taken', sheets: taken };
  const applied = await applyPlan(port, plan, { name: 'template' }, o);
  const years = { fiscalYear: o.fiscalYear, planStart: o.planStart, planEnd: o.planEnd };
  return { kind: 'made', sheets: names, period: fiscalYearLabel(o.fiscalYear), years, applied };
}
