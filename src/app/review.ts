/**
 * The review (提出ブック一括チェック) of many submitted workbooks: each file's result collected as it
 * comes, the cross-file findings once all are in, and the review's four sheets written through a
 * port. How a file is read stays with the caller (the command line's worker pool, the pane's web
 * worker): it is passed in as a source of results.
 */
import {
  isProvisional,
  ReviewCollector,
  reviewPlan,
  type ApplyOutcome,
  type ExpectedSubmission,
  type Report,
  type ReadProblem,
  renderReadProblem,
  type Review,
  type ReviewStore,
  type SheetSpec,
  type SubmissionResult,
  type SubmissionStatus,
  type UsageProblem,
  type WorkbookPort,
  UsageError,
} from '../engine';
import { applyPlan, stopIfCancelled, type OnProgress } from './steps';

export type { SubmissionResult } from '../engine';

/**
 * Reads the submissions, calling `onResult(i, result)` exactly once for each file `i`, in any order
 * (a pool reads several at once); `onStart(i)` when a file starts, where the reader knows it.
 */
export type SubmissionSource = (onResult: (index: number, result: SubmissionResult) => void, onStart?: (index: number) => void) => Promise<void>;

/** Reads one submission (the pane's web worker). */
export type ReadSubmission<F> = (file: F, index: number) => Promise<SubmissionResult>;

/** A source reading the files one at a time, stopping between files when the signal fires. */
export function oneAtATime<F>(files: F[], read: ReadSubmission<F>, signal?: AbortSignal): SubmissionSource {
  return async (onResult, onStart) => {
    for (const [i, f] of files.entries()) {
      stopIfCancelled(signal);
      onStart?.(i);
      onResult(i, await read(f, i));
    }
  };
}

/**
 * What happened to one file, as it happens. `status` of a report is provisional while the comparison with the other files can still change it.
 * An unreadable file's `problem` is why (renderReadProblem in the reader's language); `message` is its Japanese.
 */
export type FileEvent =
  | { kind: 'reading' }
  | { kind: 'report'; status: SubmissionStatus; provisional: boolean; report: Report }
  | { kind: 'skipped' }
  | { kind: 'unreadable'; problem: ReadProblem; message: string };

export interface ReviewOptions {
  expected?: ExpectedSubmission[];
  /** Where each file's findings and indicators wait until the sheets are written (default: in memory). */
  store?: ReviewStore;
  /** Each file's event; `done` files of `total` have their result. */
  onFile?: (index: number, event: FileEvent, done: number, total: number) => void;
  signal?: AbortSignal;
}

/**
 * Collects every submission's result into the review. A file that cannot be read is listed (読込不可), never fatal.
 * @throws ReviewUsageError, a UsageError (the period or rules given), after every file was read; Stopped when cancelled.
 */
export async function reviewSubmissions(names: string[], source: SubmissionSource, o: ReviewOptions = {}): Promise<Review> {
  const collector = new ReviewCollector(o.expected ?? [], o.store);
  let done = 0;
  let usage: UsageProblem | null = null;
  const onStart = (i: number) => o.onFile?.(i, { kind: 'reading' }, done, names.length);
  await source((i, r) => {
    done++;
    const tell = (e: FileEvent) => o.onFile?.(i, e, done, names.length);
    if (r.kind === 'report') {
      const status = collector.addReport(names[i], r.report, r.contentHash ?? null);
      tell({ kind: 'report', status, provisional: isProvisional(status), report: r.report });
    } else if (r.kind === 'skipped') tell({ kind: 'skipped' });
    else if (r.kind === 'unreadable') {
      collector.addUnreadable(names[i], r.problem);
      tell({ kind: 'unreadable', problem: r.problem, message: renderReadProblem(r.problem) });
    } else usage ??= r.usage;
  }, onStart);
  if (usage) throw new ReviewUsageError(usage);
  stopIfCancelled(o.signal);
  return collector.finish();
}

/**
 * A usage problem the readers reported (the rules given are not usable): the run stops, as a
 * UsageError stops the others. It is one (code and params), rendered by whoever shows it.
 */
export class ReviewUsageError extends UsageError {
  constructor(usage: UsageProblem) {
    super(usage.code, usage.params);
    this.name = 'ReviewUsageError';
  }
}

/** Writes the review's four sheets (replacing an earlier review's), and `extra` sheets after them (the 差戻し cover of --return). */
export function writeReview<O extends ApplyOutcome>(
  port: WorkbookPort<O>,
  review: Review,
  o: { onProgress?: OnProgress; extra?: SheetSpec[] } = {},
): Promise<O> {
  const plan = reviewPlan(review);
  for (const spec of o.extra ?? []) plan.sheets.push({ mode: 'replace', spec });
  return applyPlan(port, plan, { name: 'review' }, o);
}
