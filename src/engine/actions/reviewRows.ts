/**
 * The review's status rows: a file's findings counted by code and severity (a Tally), the status
 * and the reason they give, and the grade counts of a row. One rule for the status, used both
 * while the files are read and in the written 提出状況一覧.
 */
import type { FindingBase, Severity } from '../model/report';
import { JA_EXCEL } from '../model/renderOptions';
import { renderRowReason, type RowReason, type SubmissionStatus } from '../model/reviewText';

export type { RowReason, SubmissionStatus } from '../model/reviewText';

/** The worst status a cross-file finding about a read file can give it (they are all warnings). */
export const CROSS_FILE_WORST = 'to-check' as const;

/** Sort order of the status list: what needs the office's action first. */
export const STATUS_ORDER: SubmissionStatus[] = ['send-back', 'unreadable', 'missing', 'to-check', 'checked'];

export interface SubmissionRow {
  file: string;
  sheet: string | null;
  department: string | null;
  /** 基本方針 / 施策 of the sheet. */
  group: string | null;
  period: string | null;
  indicators: number;
  /** Indicators per computed grade, and `none`. */
  counts: Record<string, number>;
  errors: number;
  warnings: number;
  /** Written grades (indicator and 達成状況評価) that differ from the computed ones. */
  gradeMismatches: number;
  status: SubmissionStatus;
  /** Why, as data (rendered per language by renderRowReason). */
  why: RowReason;
  /** `why` in Japanese, as the 提出状況一覧 shows it (kept in the JSON report like a finding's message). */
  reason: string;
}

/** A finding's code and severity, counted: what a status row needs of a file's findings. */
export type Tally = Map<string, { severity: Severity; n: number }>;

export function tally(fs: Iterable<Pick<FindingBase, 'code' | 'severity'>>, into: Tally = new Map()): Tally {
  for (const f of fs) {
    const x = into.get(f.code);
    if (x) x.n++;
    else into.set(f.code, { severity: f.severity, n: 1 });
  }
  return into;
}

export function merged(...ts: Tally[]): Tally {
  const out: Tally = new Map();
  for (const t of ts)
    for (const [code, x] of t) {
      const y = out.get(code);
      if (y) y.n += x.n;
      else out.set(code, { ...x });
    }
  return out;
}

/** Indicators per grade as written in the reports (null: no grade), before the review's scale is known. */
export type RawCounts = Map<string | null, number>;

export function bump(m: Map<string, RawCounts>, key: string, grade: string | null): void {
  let c = m.get(key);
  if (!c) m.set(key, (c = new Map()));
  c.set(grade, (c.get(grade) ?? 0) + 1);
}

/** Whether the cross-file step can still change a status shown before it (its findings are warnings: only 確認済 can become 要確認). */
export function isProvisional(status: SubmissionStatus): boolean {
  return STATUS_ORDER.indexOf(status) > STATUS_ORDER.indexOf(CROSS_FILE_WORST);
}

export function worstStatus(statuses: SubmissionStatus[]): SubmissionStatus {
  let worst: SubmissionStatus = 'checked';
  for (const s of statuses) if (STATUS_ORDER.indexOf(s) < STATUS_ORDER.indexOf(worst)) worst = s;
  return worst;
}

/** Each file's status in the written sheet: the worst of its rows. */
export function fileStatuses(review: { rows: SubmissionRow[] }): Map<string, SubmissionStatus> {
  const out = new Map<string, SubmissionStatus>();
  for (const r of review.rows) out.set(r.file, worstStatus([r.status, out.get(r.file) ?? 'checked']));
  return out;
}

export function statusOf(t: Tally, mismatches: number): SubmissionStatus {
  if (severityCount(t, 'error')) return 'send-back';
  if (mismatches || severityCount(t, 'warning')) return 'to-check';
  return 'checked';
}

/** How many of the counted findings have this severity. */
export function severityCount(t: Tally, severity: Severity): number {
  let n = 0;
  for (const x of t.values()) if (x.severity === severity) n += x.n;
  return n;
}

/** Why a row has its status: the errors and warnings it counts, errors first, then the most frequent; and the written grades that differ. */
export function reasonOf(t: Tally, mismatches: number): RowReason {
  const counts = [...t.entries()]
    .filter(([, x]) => x.severity !== 'info')
    .sort((a, b) => (a[1].severity === b[1].severity ? b[1].n - a[1].n : a[1].severity === 'error' ? -1 : 1))
    .map(([code, x]) => ({ code, n: x.n }));
  return { kind: 'counts', counts, mismatches };
}

/** A row's reason as data and in Japanese. */
export function withReason(why: RowReason): { why: RowReason; reason: string } {
  return { why, reason: renderRowReason(why, JA_EXCEL) };
}

export function emptyRow(file: string, grades: { grade: string }[]): SubmissionRow {
  return {
    file,
    sheet: null,
    department: null,
    group: null,
    period: null,
    indicators: 0,
    counts: zero(grades),
    errors: 0,
    warnings: 0,
    gradeMismatches: 0,
    status: 'checked',
    ...withReason({ kind: 'counts', counts: [], mismatches: 0 }),
  };
}

export function zero(grades: { grade: string }[]): Record<string, number> {
  const c: Record<string, number> = {};
  for (const g of grades) c[g.grade] = 0;
  c.none = 0;
  return c;
}

/** Counts on the review's scale: a grade outside it counts as none. */
export function countOf(raw: RawCounts, grades: { grade: string }[]): { counts: Record<string, number>; total: number } {
  const counts = zero(grades);
  let total = 0;
  for (const [g, n] of raw) {
    if (g && g in counts && g !== 'none') counts[g] += n;
    else counts.none += n;
    total += n;
  }
  return { counts, total };
}

export function rowFor(
  file: string,
  sheet: string | null,
  department: string | null,
  group: string | null,
  period: string | null,
  raw: RawCounts,
  indicators: number,
  own: Tally,
  mismatches: number,
  grades: { grade: string }[],
): SubmissionRow {
  const { counts } = countOf(raw, grades);
  return {
    file,
    sheet,
    department,
    group,
    period,
    indicators,
    counts,
    errors: severityCount(own, 'error'),
    warnings: severityCount(own, 'warning'),
    gradeMismatches: mismatches,
    status: statusOf(own, mismatches),
    ...withReason(reasonOf(own, mismatches)),
  };
}
