/**
 * The evaluation office's review of every submitted workbook: one status row per file and sheet,
 * every finding, every indicator, grade counts, and the findings only a look across files can
 * make (another period than the rest, the same indicator with different actuals, a missing
 * submission). Pure: the adapters read the files one at a time and hand each report to a
 * ReviewCollector, which counts what the status rows and totals need and puts the file's findings,
 * indicators and actuals in a ReviewStore (never the workbook); the sheets read them back.
 */
import { compact } from '../values/text';
import { onScale } from '../grading/otherScales';
import { fiscalYearLabel } from '../values/periods';
import type { Finding, Report } from '../model/report';
import type { ReadProblem } from '../model/readProblem';
import { crossFileActuals, crossFileDuplicates, crossFilePeriod, fiscalYearOf, reviewFinding, type CrossFileEntry, type StoredActual } from './reviewCrossFile';
import { departmentFromPath, departmentKey, groupKey, NameForms, notADepartment } from '../values/groupNames';
import {
  bump,
  countOf,
  emptyRow,
  merged,
  rowFor,
  severityCount,
  STATUS_ORDER,
  tally,
  worstStatus,
  withReason,
  type RawCounts,
  type SubmissionRow,
  type SubmissionStatus,
  type Tally,
} from './reviewRows';

export { reviewFinding } from './reviewCrossFile';
export { parseExpectedList } from './reviewExpected';
export {
  memoryStore,
  type CountRow,
  type ExpectedSubmission,
  type Review,
  type ReviewFinding,
  type ReviewIndicator,
  type ReviewStore,
  type SubmissionResult,
  type UsageProblem,
} from './reviewModel';
import { memoryStore, type ExpectedSubmission, type Review, type ReviewFinding, type ReviewIndicator, type ReviewStore } from './reviewModel';
export { fileStatuses, isProvisional, STATUS_ORDER, type RowReason, type SubmissionRow, type SubmissionStatus } from './reviewRows';

/** Japanese collation (one collator: `localeCompare(…, 'ja')` builds one per call). */
export const byJa = new Intl.Collator('ja').compare;
const byJaNumeric = new Intl.Collator('ja', { numeric: true }).compare;

interface SheetEntry {
  name: string;
  department: string | null;
  policy: string | null;
  measure: string | null;
  statedPeriod: string | null;
  indicators: number;
  grades: RawCounts;
  mismatches: number;
  /** The findings about the sheet (when it has indicators). */
  own: Tally;
}

/** What the collector keeps of a file it read: counts and names; its findings, indicators and actuals are in the store. */
interface ReadEntry extends CrossFileEntry {
  kind: 'read';
  /** Keys of the findings, indicators and actuals in the store. */
  stored: { findings: number; indicators: number; actuals: number };
  scale: { grade: string; label: string }[];
  periodLabel: string | null;
  department: string | null;
  sheets: SheetEntry[];
  /** Findings not about one of the file's sheets with indicators (counted on each of its rows). */
  fileLevel: Tally;
  findings: number;
}

/** A file that could not be read: why, and (once finished) its finding. */
interface UnreadableEntry {
  kind: 'unreadable';
  file: string;
  problem: ReadProblem;
  extra: ReviewFinding[];
}

type FileEntry = ReadEntry | UnreadableEntry;

const isRead = (e: FileEntry): e is ReadEntry => e.kind === 'read';

/** "商工労働部/施策評価.xlsx" → "施策評価" for matching against the expected list. */
function baseName(file: string): string {
  return file
    .split(/[\\/]/)
    .pop()!
    .replace(/\.(xlsx|xlsm|xls)$/i, '');
}

function indicatorKey(name: string): string {
  return compact(name).replace(/[（(]再掲[)）]/g, '');
}

/** The first candidate that can be a department (a period never is). */
function departmentOf(...candidates: (string | null | undefined)[]): string | null {
  for (const c of candidates) if (c && !notADepartment(c)) return c;
  return null;
}

export class ReviewCollector {
  private readonly entries: FileEntry[] = [];
  /** Indicators per grade by department and by 基本方針 (by departmentKey / groupKey), counted as the files come. */
  private readonly byDepartment = new Map<string, RawCounts>();
  private readonly byPolicy = new Map<string, RawCounts>();
  private readonly overall = new Map<string, RawCounts>();
  /** How departments and 基本方針 / 施策 are written: each shown in one form. */
  private readonly departments = new NameForms(departmentKey);
  private readonly groups = new NameForms(groupKey);

  constructor(
    private readonly expected: ExpectedSubmission[] = [],
    private readonly store: ReviewStore = memoryStore(),
  ) {}

  private nameMatches(e: ExpectedSubmission, file: string, sheets: string[]): boolean {
    if (!e.name) return false;
    const n = compact(baseName(e.name));
    return compact(baseName(file)).includes(n) || sheets.some((s) => compact(s) === n);
  }

  private expectedDepartment(file: string, sheets: string[]): string | null {
    return this.expected.find((e) => this.nameMatches(e, file, sheets))?.department ?? null;
  }

  /**
   * Adds a checked file: counts what the status rows and totals need, hands its findings and
   * indicators to the store. `contentHash` (see contentHash.ts) finds the same content sent under
   * two names. Returns its status by the rule of the status rows (the worst of its rows), before
   * the cross-file findings: those are warnings, so only 確認済 can still change (isProvisional).
   */
  addReport(file: string, r: Report, contentHash: string | null = null): SubmissionStatus {
    const sheetNames = r.sheets.map((s) => s.name);
    const fileDept = departmentOf(...r.sheets.map((s) => s.department), this.expectedDepartment(file, sheetNames), departmentFromPath(file));
    const sheets = new Map<string, SheetEntry>();
    for (const s of r.sheets) {
      sheets.set(s.name, {
        name: s.name,
        department: departmentOf(s.department),
        policy: s.policy,
        measure: s.measure,
        statedPeriod: s.statedPeriod,
        indicators: 0,
        grades: new Map(),
        mismatches: 0,
        own: new Map(),
      });
    }
    const perIndicator = new Map<string, number>();
    for (const f of r.findings) {
      if (f.sheet && f.indicator) perIndicator.set(`${f.sheet}\u0000${f.indicator}`, (perIndicator.get(`${f.sheet}\u0000${f.indicator}`) ?? 0) + 1);
    }
    for (const g of r.groups) {
      const s = sheets.get(g.sheet);
      if (s && g.existingGrade && g.grade && g.existingGrade !== g.grade && onScale(g.existingGrade, r.rules.scale)) s.mismatches++;
    }

    const actuals: StoredActual[] = [];
    const fallbackYear = r.period?.fiscalYear ?? null;
    // For the cross-file comparison (`actuals`), kept in the store too: it is made when the files are all read.
    const indicators: ReviewIndicator[] = r.indicators.map((ind, pos) => {
      const s = sheets.get(ind.sheet);
      const department = departmentOf(ind.department, s?.department, fileDept);
      if (s) {
        s.indicators++;
        s.grades.set(ind.grade, (s.grades.get(ind.grade) ?? 0) + 1);
        // A grade of another scale (◎ under A–D) is not compared: its rating-invalid finding says so.
        if (ind.existingGrade && ind.grade && ind.existingGrade !== ind.grade && onScale(ind.existingGrade, r.rules.scale)) s.mismatches++;
      }
      bump(this.byDepartment, this.departments.add(department ?? '（担当部署不明）'), ind.grade);
      bump(this.byPolicy, this.groups.add(s?.policy ?? ind.group ?? '（基本方針なし）'), ind.grade);
      bump(this.overall, '', ind.grade);
      if (ind.actualStatus === 'value' && ind.actual !== null && !ind.measures) {
        const key = `${indicatorKey(ind.name)}\u0000${fiscalYearOf(ind.actualPeriod) ?? fallbackYear ?? ''}`;
        actuals.push({ key, pos, name: ind.name, actual: ind.actual, unit: ind.unit, sheet: ind.sheet, cell: ind.cells.actual ?? ind.cells.name });
      }
      return { ...ind, department, file, findings: perIndicator.get(`${ind.sheet}\u0000${ind.name}`) ?? 0 };
    });
    const entry: ReadEntry = {
      kind: 'read',
      file,
      stored: { findings: this.store.put(r.findings), indicators: this.store.put(indicators), actuals: this.store.put(actuals) },
      scale: r.rules.scale.map((b) => ({ grade: b.grade, label: b.label })),
      periodYear: filePeriodYear(r),
      periodLabel: r.period?.label ?? null,
      department: fileDept,
      sheets: [...sheets.values()],
      fileLevel: new Map(),
      findings: r.findings.length,
      contentHash,
      extra: [],
    };
    // A sheet with indicators has a row of its own; the findings about the others (a settings
    // sheet, a sheet without indicators) and about no sheet count on each of the file's rows.
    const rowSheets = new Map(entry.sheets.filter((s) => s.indicators > 0).map((s) => [s.name, s]));
    for (const f of r.findings) tally([f], (f.sheet && rowSheets.get(f.sheet)?.own) || entry.fileLevel);
    this.entries.push(entry);
    return worstStatus(this.rowsOf(entry, []).map((x) => x.status));
  }

  /** Adds a file that could not be read, and why. */
  addUnreadable(file: string, problem: ReadProblem): void {
    this.entries.push({ kind: 'unreadable', file, problem, extra: [] });
  }

  get count(): number {
    return this.entries.length;
  }

  /** A file's status rows: one per sheet with indicators (or one for the file), with its cross-file findings so far. */
  private rowsOf(entry: FileEntry, grades: { grade: string }[]): SubmissionRow[] {
    if (entry.kind === 'unreadable') {
      const department = this.expectedDepartment(entry.file, []) ?? departmentFromPath(entry.file);
      const finding = { code: 'unreadable' as const, params: { file: entry.file, problem: entry.problem } };
      return [{ ...emptyRow(entry.file, grades), department, status: 'unreadable', ...withReason({ kind: 'finding', finding }) }];
    }
    const withIndicators = entry.sheets.filter((s) => s.indicators > 0);
    const extraBySheet = new Map<string, Tally>();
    const extraFileLevel: Tally = new Map();
    for (const f of entry.extra) {
      if (f.sheet && withIndicators.some((s) => s.name === f.sheet)) {
        let t = extraBySheet.get(f.sheet);
        if (!t) extraBySheet.set(f.sheet, (t = new Map()));
        tally([f], t);
      } else tally([f], extraFileLevel);
    }
    const fileLevel = merged(entry.fileLevel, extraFileLevel);
    const department = (d: string | null) => (d === null ? null : this.departments.display(d));
    if (!withIndicators.length) return [rowFor(entry.file, null, department(entry.department), null, entry.periodLabel, new Map(), 0, fileLevel, 0, grades)];
    return withIndicators.map((s) => {
      const group = s.policy ?? s.measure;
      const own = merged(s.own, extraBySheet.get(s.name) ?? new Map(), fileLevel);
      return rowFor(
        entry.file,
        s.name,
        department(s.department ?? entry.department),
        group === null ? null : this.groups.display(group),
        s.statedPeriod ?? entry.periodLabel,
        s.grades,
        s.indicators,
        own,
        s.mismatches,
        grades,
      );
    });
  }

  /** Expected submissions that nobody sent: a row and a finding each. */
  private missingSubmissions(entries: FileEntry[], grades: { grade: string }[]): { rows: SubmissionRow[]; findings: ReviewFinding[] } {
    const rows: SubmissionRow[] = [];
    const findings: ReviewFinding[] = [];
    for (const e of this.expected) {
      const met = entries.some((entry) => {
        const sheets = entry.kind === 'read' ? entry.sheets : [];
        if (e.name)
          return this.nameMatches(
            e,
            entry.file,
            sheets.map((s) => s.name),
          );
        const dept = compact(e.department);
        return sheets.some((s) => s.department && compact(s.department).includes(dept)) || compact(entry.file).includes(dept);
      });
      if (met) continue;
      const finding = { code: 'missing-submission' as const, params: { department: e.department, name: e.name, line: e.line } };
      rows.push({ ...emptyRow(e.name ?? '', grades), department: e.department, status: 'missing', ...withReason({ kind: 'finding', finding }) });
      findings.push(reviewFinding(finding.code, { file: e.name ?? '' }, finding.params));
    }
    return { rows, findings };
  }

  finish(): Review {
    const entries = [...this.entries].sort((a, b) => byJa(a.file, b.file));
    const read = entries.filter(isRead);
    const grades = gradeScale(read);
    const majority = majorityPeriod(read);
    crossFilePeriod(read, majority);
    crossFileActuals(read, this.store);
    crossFileDuplicates(read);

    const rows: SubmissionRow[] = [];
    for (const entry of entries) {
      if (entry.kind === 'unreadable') entry.extra.push(reviewFinding('unreadable', { file: entry.file }, { file: entry.file, problem: entry.problem }));
      rows.push(...this.rowsOf(entry, grades));
    }

    const { rows: missingRows, findings: missingFindings } = this.missingSubmissions(entries, grades);
    rows.push(...missingRows);
    const missing = missingRows.length;

    rows.sort(
      (a, b) =>
        STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
        byJa(a.department ?? '\uffff', b.department ?? '\uffff') ||
        byJa(a.file, b.file) ||
        byJa(a.sheet ?? '', b.sheet ?? ''),
    );
    const byStatus = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<SubmissionStatus, number>;
    for (const r of rows) byStatus[r.status]++;

    const store = this.store;
    let findingCount = missingFindings.length;
    let errors = missingFindings.length;
    let indicatorCount = 0;
    for (const e of entries) {
      findingCount += e.extra.length;
      if (e.kind === 'unreadable') {
        errors += severityCount(tally(e.extra), 'error');
        continue;
      }
      findingCount += e.findings;
      indicatorCount += e.sheets.reduce((n, s) => n + s.indicators, 0);
      errors += severityCount(merged(e.fileLevel, tally(e.extra), ...e.sheets.map((s) => s.own)), 'error');
    }
    const countRows = (m: Map<string, RawCounts>, forms: NameForms) =>
      [...m.entries()].map(([key, c]) => ({ label: forms.label(key), ...countOf(c, grades) })).sort((a, b) => byJaNumeric(a.label, b.label));
    return {
      period: majority,
      grades,
      rows,
      size: { findings: findingCount, errors, indicators: indicatorCount },
      *findings() {
        for (const e of entries) {
          if (e.kind === 'read') for (const f of store.get(e.stored.findings) as Finding[]) yield { ...f, file: e.file };
          yield* e.extra;
        }
        yield* missingFindings;
      },
      *indicators() {
        for (const e of read) {
          const extra = new Map<string, number>();
          for (const f of e.extra)
            if (f.sheet && f.indicator) extra.set(`${f.sheet}\u0000${f.indicator}`, (extra.get(`${f.sheet}\u0000${f.indicator}`) ?? 0) + 1);
          for (const i of store.get(e.stored.indicators) as ReviewIndicator[]) {
            const n = extra.get(`${i.sheet}\u0000${i.name}`);
            yield n ? { ...i, findings: i.findings + n } : i;
          }
        }
      },
      totals: {
        byDepartment: countRows(this.byDepartment, this.departments),
        byPolicy: countRows(this.byPolicy, this.groups),
        overall: { label: '全体', ...countOf(this.overall.get('') ?? new Map(), grades) },
        byStatus,
      },
      files: { read: read.length, unreadable: entries.length - read.length, missing },
    };
  }
}

/** The review as plain data, every finding and indicator in lists (the `--json` output). */
export function reviewData(review: Review): Omit<Review, 'findings' | 'indicators'> & { findings: ReviewFinding[]; indicators: ReviewIndicator[] } {
  return { ...review, findings: [...review.findings()], indicators: [...review.indicators()] };
}

function gradeScale(entries: ReadEntry[]): { grade: string; label: string }[] {
  const out: { grade: string; label: string }[] = [];
  for (const e of entries) for (const b of e.scale) if (!out.some((x) => x.grade === b.grade)) out.push({ grade: b.grade, label: b.label });
  if (!out.length)
    out.push({ grade: 'A', label: '順調' }, { grade: 'B', label: '概ね順調' }, { grade: 'C', label: 'やや遅れている' }, { grade: 'D', label: '遅れている' });
  return out;
}

/** A file's period: what its sheets state (the most common), else the period its check used (unless forced by --period). */
function filePeriodYear(r: Report): number | null {
  const years = r.sheets.map((s) => fiscalYearOf(s.statedPeriod)).filter((y): y is number => y !== null);
  if (years.length) return mostCommon(years);
  if (r.period && r.period.source !== 'option') return r.period.fiscalYear;
  return null;
}

function mostCommon(xs: number[]): number {
  const n = new Map<number, number>();
  for (const x of xs) n.set(x, (n.get(x) ?? 0) + 1);
  return [...n.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
}

function majorityPeriod(entries: ReadEntry[]): Review['period'] {
  const years = entries.map((e) => e.periodYear).filter((y): y is number => y !== null);
  if (!years.length) return null;
  const fy = mostCommon(years);
  return { label: fiscalYearLabel(fy), fiscalYear: fy, files: years.filter((y) => y === fy).length };
}
