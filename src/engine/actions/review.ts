/**
 * The evaluation office's review of every submitted workbook: one status row per file and sheet,
 * every finding, every indicator, grade counts, and the findings only a look across files can
 * make (another period than the rest, the same indicator with different actuals, a missing
 * submission). Pure: the adapters read the files one at a time and hand each report to a
 * ReviewCollector, which counts what the status rows and totals need and puts the file's findings,
 * indicators and actuals in a ReviewStore (never the workbook); the sheets read them back.
 */
import { compact } from '../values/text';
import { fiscalYearLabel } from '../values/periods';
import type { Finding, Report } from '../model/report';
import { crossFileActuals, crossFileDuplicates, crossFilePeriod, fiscalYearOf, reviewFinding, type ActualTuple, type CrossFileEntry } from './reviewCrossFile';
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
  type RawCounts,
  type SubmissionRow,
  type SubmissionStatus,
  type Tally,
} from './reviewRows';

export { reviewFinding } from './reviewCrossFile';
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
export { fileStatuses, isProvisional, STATUS_ORDER, type SubmissionRow, type SubmissionStatus } from './reviewRows';

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

/** What the collector keeps of a file: counts and names; its findings and indicators are in the store. */
interface FileEntry extends CrossFileEntry {
  error: string | null;
  /** Keys of the findings, indicators and actuals in the store. */
  stored: { findings: number; indicators: number; actuals: number } | null;
  scale: { grade: string; label: string }[];
  periodLabel: string | null;
  department: string | null;
  sheets: SheetEntry[];
  /** Findings not about one of the file's sheets with indicators (counted on each of its rows). */
  fileLevel: Tally;
  findings: number;
}

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

/**
 * The expected submissions from a CSV's rows: department, then file or sheet name (optional).
 * A first row of headings (担当課, ファイル名, …) is skipped.
 */
export function parseExpectedList(rows: string[][]): { expected: ExpectedSubmission[]; problems: string[] } {
  const expected: ExpectedSubmission[] = [];
  const problems: string[] = [];
  rows.forEach((r, i) => {
    const [dept = '', name = ''] = r;
    if (i === 0 && /部署|担当|所属|課名|部名|department|ファイル|シート|file|sheet/i.test(r.join(','))) return;
    if (!dept && !name) return;
    if (!dept) {
      problems.push(`${i + 1}行目：担当部署が空です。`);
      return;
    }
    expected.push({ department: dept, name: name || null, line: i + 1 });
  });
  return { expected, problems };
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
      if (s && g.existingGrade && g.grade && g.existingGrade !== g.grade) s.mismatches++;
    }

    const entry: FileEntry = {
      file,
      error: null,
      stored: null,
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
    const fallbackYear = r.period?.fiscalYear ?? null;
    // For the cross-file comparison, kept in the store too: it is made when the files are all read.
    const actuals: ActualTuple[] = [];
    const indicators: ReviewIndicator[] = r.indicators.map((ind, pos) => {
      const s = sheets.get(ind.sheet);
      const department = departmentOf(ind.department, s?.department, fileDept);
      if (s) {
        s.indicators++;
        s.grades.set(ind.grade, (s.grades.get(ind.grade) ?? 0) + 1);
        if (ind.existingGrade && ind.grade && ind.existingGrade !== ind.grade) s.mismatches++;
      }
      bump(this.byDepartment, this.departments.add(department ?? '（担当部署不明）'), ind.grade);
      bump(this.byPolicy, this.groups.add(s?.policy ?? ind.group ?? '（基本方針なし）'), ind.grade);
      bump(this.overall, '', ind.grade);
      if (ind.actualStatus === 'value' && ind.actual !== null && !ind.measures) {
        const key = `${indicatorKey(ind.name)}\u0000${fiscalYearOf(ind.actualPeriod) ?? fallbackYear ?? ''}`;
        actuals.push([key, pos, ind.name, ind.actual, ind.unit, ind.sheet, ind.cells.actual ?? ind.cells.name]);
      }
      return { ...ind, department, file, findings: perIndicator.get(`${ind.sheet}\u0000${ind.name}`) ?? 0 };
    });
    // A sheet with indicators has a row of its own; the findings about the others (a settings
    // sheet, a sheet without indicators) and about no sheet count on each of the file's rows.
    const rowSheets = new Map(entry.sheets.filter((s) => s.indicators > 0).map((s) => [s.name, s]));
    for (const f of r.findings) tally([f], (f.sheet && rowSheets.get(f.sheet)?.own) || entry.fileLevel);
    entry.stored = { findings: this.store.put(r.findings), indicators: this.store.put(indicators), actuals: this.store.put(actuals) };
    this.entries.push(entry);
    return worstStatus(this.rowsOf(entry, []).map((x) => x.status));
  }

  addUnreadable(file: string, message: string): void {
    this.entries.push({
      file,
      error: message,
      stored: null,
      scale: [],
      periodYear: null,
      periodLabel: null,
      department: null,
      sheets: [],
      fileLevel: new Map(),
      findings: 0,
      contentHash: null,
      extra: [],
    });
  }

  get count(): number {
    return this.entries.length;
  }

  /** A file's status rows: one per sheet with indicators (or one for the file), with its cross-file findings so far. */
  private rowsOf(entry: FileEntry, grades: { grade: string }[]): SubmissionRow[] {
    if (entry.error !== null) {
      const department = this.expectedDepartment(entry.file, []) ?? departmentFromPath(entry.file);
      return [{ ...emptyRow(entry.file, grades), department, status: '読込不可', reason: entry.error }];
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
        const sheets = entry.sheets.map((s) => s.name);
        if (e.name) return this.nameMatches(e, entry.file, sheets);
        const dept = compact(e.department);
        return entry.sheets.some((s) => s.department && compact(s.department).includes(dept)) || compact(entry.file).includes(dept);
      });
      if (met) continue;
      const what = e.name ? `「${e.name}」` : '評価ブック';
      const msg = `${e.department}の${what}が提出されていません（提出予定一覧の${e.line}行目）。`;
      rows.push({ ...emptyRow(e.name ?? '', grades), department: e.department, status: '未提出', reason: msg });
      findings.push(reviewFinding('missing-submission', e.name ?? '', null, null, null, msg));
    }
    return { rows, findings };
  }

  finish(): Review {
    const entries = [...this.entries].sort((a, b) => byJa(a.file, b.file));
    const grades = gradeScale(entries);
    const majority = majorityPeriod(entries);
    crossFilePeriod(entries, majority);
    crossFileActuals(entries, this.store);
    crossFileDuplicates(entries);

    const rows: SubmissionRow[] = [];
    for (const entry of entries) {
      if (entry.error !== null) entry.extra.push(reviewFinding('unreadable', entry.file, null, null, null, entry.error || '読み取れません。'));
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
      findingCount += e.findings + e.extra.length;
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
          if (e.stored) for (const f of store.get(e.stored.findings) as Finding[]) yield { ...f, file: e.file };
          yield* e.extra;
        }
        yield* missingFindings;
      },
      *indicators() {
        for (const e of entries) {
          if (!e.stored) continue;
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
      files: { read: entries.filter((e) => e.error === null).length, unreadable: entries.filter((e) => e.error !== null).length, missing },
    };
  }
}

/** The review as plain data, every finding and indicator in lists (the `--json` output). */
export function reviewData(review: Review): Omit<Review, 'findings' | 'indicators'> & { findings: ReviewFinding[]; indicators: ReviewIndicator[] } {
  return { ...review, findings: [...review.findings()], indicators: [...review.indicators()] };
}

function gradeScale(entries: FileEntry[]): { grade: string; label: string }[] {
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

function majorityPeriod(entries: FileEntry[]): Review['period'] {
  const years = entries.map((e) => e.periodYear).filter((y): y is number => y !== null);
  if (!years.length) return null;
  const fy = mostCommon(years);
  return { label: fiscalYearLabel(fy), fiscalYear: fy, files: years.filter((y) => y === fy).length };
}
