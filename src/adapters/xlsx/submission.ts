/**
 * One submitted workbook for the review, from its bytes (Node or browser): read, checked, and
 * every failure turned into a result, never an exception. The command line calls it in worker
 * threads, the task pane in a web worker.
 */
import { checkWorkbook, contentHash, REVIEW_SHEETS, UsageError, type SubmissionResult, type TaughtLayout, type UsageProblem } from '../../engine';
import { InputError } from './errors';
import { loadSnapshot } from './openWorkbook';
import type { PartReader } from './zipReader';

/** Declared once, in the engine's review model (the readers here and the review use case in src/app both speak it). */
export type { SubmissionResult } from '../../engine';

/** An earlier review's output (it has the review's own sheets): not a submission. */
export const isReviewWorkbook = (names: string[]) => names.includes(REVIEW_SHEETS.status) && names.includes(REVIEW_SHEETS.findings);

export async function checkSubmission(
  bytes: Uint8Array,
  display: string,
  opts: { period: string | null; rules?: unknown; layout?: TaughtLayout | null; openZip?: (bytes: Uint8Array) => Promise<PartReader> },
): Promise<SubmissionResult> {
  try {
    const snapshot = await loadSnapshot(bytes, display, opts.openZip);
    if (isReviewWorkbook(snapshot.sheets.map((s) => s.name))) return { kind: 'skipped' };
    return {
      kind: 'report',
      report: checkWorkbook(snapshot, { file: display, period: opts.period, rules: opts.rules, layout: opts.layout }).report,
      contentHash: contentHash(snapshot),
    };
  } catch (e) {
    return failure(e, display);
  }
}

/**
 * The result for an error: why the file cannot be read, as data (rendered in the reader's language).
 * Every refusal of the readers carries its problem; anything else is unexpected, its own (English)
 * text only on request, since it means nothing to the person reading the review.
 */
export function failure(e: unknown, _display: string): SubmissionResult {
  if (e instanceof UsageError) return { kind: 'usage', usage: { code: e.code, params: e.params } as UsageProblem };
  if (e instanceof InputError && e.problem) return { kind: 'unreadable', problem: e.problem };
  const debug = typeof process !== 'undefined' && process.env?.EVALSHEET_DEBUG ? String((e as Error)?.message ?? e) : null;
  return { kind: 'unreadable', problem: { variant: 'unexpected', detail: debug } };
}
