/**
 * The review's data at its boundary: what a review holds and returns (its findings, indicators,
 * rows and totals) and where it keeps each file's lists. Types only, plus the in-memory store.
 */
import type { Finding, FindingBase, IndicatorReport, Report } from '../model/report';
import type { ReadProblem } from '../model/readProblem';
import type { ReviewFindingData } from '../model/reviewText';
import type { UsageProblem } from '../model/usageParams';
import type { SubmissionRow, SubmissionStatus } from './reviewRows';

/** A finding only the review makes (cross-file, unreadable, missing): its code and params (model/reviewText.ts), `message` the Japanese. */
export type ReviewOwnFinding = { [C in ReviewFindingData['code']]: FindingBase & Extract<ReviewFindingData, { code: C }> }[ReviewFindingData['code']];

/** A finding of the review: a submitted workbook's own, or the review's; each names its file. */
export type ReviewFinding = (Finding | ReviewOwnFinding) & {
  /** The submitted file (its path relative to the reviewed folder), or the expected name for a missing one. */
  file: string;
};

export interface ReviewIndicator extends IndicatorReport {
  file: string;
  /** Findings about this indicator. */
  findings: number;
}

export interface CountRow {
  label: string;
  counts: Record<string, number>;
  total: number;
}

export interface Review {
  /** The period most files report. */
  period: { label: string; fiscalYear: number; files: number } | null;
  /** Grades in scale order (the union over the files' rules). */
  grades: { grade: string; label: string }[];
  rows: SubmissionRow[];
  /** How many findings (of which errors) and indicators the review holds. */
  size: { findings: number; errors: number; indicators: number };
  /** Every finding, file by file in file order (cross-file ones with their file), then the missing submissions; read back from the store. */
  findings(): Iterable<ReviewFinding>;
  /** Every indicator, file by file in file order; read back from the store. */
  indicators(): Iterable<ReviewIndicator>;
  totals: { byDepartment: CountRow[]; byPolicy: CountRow[]; overall: CountRow; byStatus: Record<SubmissionStatus, number> };
  files: { read: number; unreadable: number; missing: number };
}

export type { UsageProblem } from '../model/usageParams';

/**
 * One submission read and checked, as the readers hand it to the review (a worker's message: plain
 * data); every failure is a result, never an exception. `contentHash`: the fingerprint of its
 * cells (the same submission sent under two names). `unreadable.problem` is why the file cannot
 * be read (model/readProblem.ts); `usage` is a problem with what was given (the rules), not the file.
 */
export type SubmissionResult =
  | { kind: 'report'; report: Report; contentHash?: string | null }
  | { kind: 'skipped' }
  | { kind: 'unreadable'; problem: ReadProblem }
  | { kind: 'usage'; usage: UsageProblem };

export interface ExpectedSubmission {
  department: string;
  /** A file or sheet name; null when any submission of the department will do. */
  name: string | null;
  line: number;
}

/**
 * Where a review keeps each file's findings and indicators from reading the file until writing the
 * sheets: in memory (the task pane), or on disk (the command line), so that a city's tens of
 * thousands of indicators are never all in memory.
 */
export interface ReviewStore {
  /** Keeps a list; returns the key to read it back. */
  put(items: unknown[]): number;
  get(key: number): unknown[];
}

export function memoryStore(): ReviewStore {
  const kept: unknown[][] = [];
  return { put: (items) => kept.push(items) - 1, get: (key) => kept[key] };
}
