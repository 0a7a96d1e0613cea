/**
 * Returns to departments (差戻し, review --return): which submitted workbooks go back with their
 * findings at their cells, to which department's folder, under which file name; and, per
 * department, the cover the review workbook carries (what was returned and why). Pure: the copies
 * are written by the caller (src/app/returns.ts through a port, the command line into folders).
 */
import type { FindingBase, Severity } from '../model/report';
import { renderRowReason } from '../model/reviewText';
import { departmentFromPath } from '../values/groupNames';
import type { Review, ReviewFinding } from './reviewModel';
import { reasonOf, tally, type SubmissionStatus } from './reviewRows';
import type { DepartmentCover } from '../sheets/returnsSheet';

export type { DepartmentCover };

export const UNKNOWN_DEPARTMENT = '部署不明';

/** A submitted workbook to return: its findings (its own and the review's about it). */
export interface FileToReturn {
  /** As the review lists it (relative to the folder reviewed). */
  file: string;
  department: string;
  findings: FindingBase[];
}

/** What became of one return: the copy written (its path under the returns folder), or why not. */
export interface ReturnOutcome {
  file: string;
  department: string;
  counts: Record<Severity, number>;
  /** The code of each finding counted, for the department's 差戻し理由. */
  codes: { code: string; severity: Severity }[];
  /** Where the copy was written ("商工部/商工部_施策評価.xlsx"), null when it could not be. */
  output: string | null;
  /** Why the copy could not be written (Japanese), else null. */
  problem: string | null;
}

/** Statuses of a file that goes back: it was read and has an error or a warning. */
const RETURNED: ReadonlySet<SubmissionStatus> = new Set(['send-back', 'to-check']);

/**
 * The department a file goes back to: the folder it was in under the reviewed folder (a period's
 * folder such as 令和5年度 skipped), else the one the workbook names, else 部署不明.
 */
export function returnDepartment(file: string, named: string | null): string {
  return departmentFromPath(file) ?? named ?? UNKNOWN_DEPARTMENT;
}

/** A department's name as a folder name: characters no file system takes replaced by _, never empty, . or .. */
export function departmentFolder(name: string): string {
  const safe = name
    // eslint-disable-next-line no-control-regex -- control characters are what a folder name must not hold
    .replace(/[\\/:*?"<>|\u0000-\u001F]/g, '_')
    .replace(/[. ]+$/, '')
    .trim();
  return safe && safe !== '.' && safe !== '..' ? safe.slice(0, 100) : UNKNOWN_DEPARTMENT;
}

/**
 * The workbooks to return, in the review's file order: every file read whose rows say 差戻し or
 * 要確認 (an error or a warning), with all its findings; files read clean, unreadable or missing are not returned.
 */
export function filesToReturn(review: Review): FileToReturn[] {
  const statuses = new Map<string, Set<SubmissionStatus>>();
  const named = new Map<string, string | null>();
  for (const r of review.rows) {
    statuses.set(r.file, (statuses.get(r.file) ?? new Set()).add(r.status));
    if (!named.get(r.file)) named.set(r.file, r.department);
  }
  const returned = (file: string) => {
    const s = statuses.get(file);
    return !!s && [...s].some((x) => RETURNED.has(x)) && !s.has('unreadable') && !s.has('missing');
  };
  const out = new Map<string, FileToReturn>();
  for (const f of review.findings() as Iterable<ReviewFinding>) {
    if (!returned(f.file)) continue;
    let entry = out.get(f.file);
    if (!entry) out.set(f.file, (entry = { file: f.file, department: returnDepartment(f.file, named.get(f.file) ?? null), findings: [] }));
    const { file: _file, ...finding } = f;
    entry.findings.push(finding);
  }
  return [...out.values()];
}

/** Each department's cover: its returned files, counts by severity, and why in words (errors first, then the most frequent). */
export function departmentCovers(outcomes: readonly ReturnOutcome[]): DepartmentCover<ReturnOutcome>[] {
  const by = new Map<string, ReturnOutcome[]>();
  for (const o of outcomes) by.set(o.department, [...(by.get(o.department) ?? []), o]);
  return [...by].map(([department, files]) => {
    const counts: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
    for (const f of files) for (const s of ['error', 'warning', 'info'] as const) counts[s] += f.counts[s];
    const reason = renderRowReason(reasonOf(tally(files.flatMap((f) => f.codes)), 0));
    return { department, files, counts, reason };
  });
}
