/**
 * The evaluation office's review of every submitted workbook: one status row per file and sheet,
 * every finding, every indicator, grade counts, and the findings only a look across files can
 * make (another period than the rest, the same indicator with different actuals, a missing
 * submission). Pure: the adapters read the files one at a time and hand each report to a
 * ReviewCollector, which keeps only the report (never the workbook).
 */
import { compact } from './text';
import { findPeriod, fiscalYearLabel, parsePeriodArg } from './periods';
import { num } from './findings';
import type { Finding, IndicatorReport, Report, Severity } from './report';

/** Japanese collation (one collator: `localeCompare(…, 'ja')` builds one per call). */
export const byJa = new Intl.Collator('ja').compare;
const byJaNumeric = new Intl.Collator('ja', { numeric: true }).compare;

export type SubmissionStatus = '差戻し' | '読込不可' | '未提出' | '要確認' | '確認済';

/** Sort order of the status list: what needs the office's action first. */
export const STATUS_ORDER: SubmissionStatus[] = ['差戻し', '読込不可', '未提出', '要確認', '確認済'];

export interface ReviewFinding extends Finding {
  /** The submitted file (its path relative to the reviewed folder), or the expected name for a missing one. */
  file: string;
}

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
  reason: string;
}

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
  findings: ReviewFinding[];
  indicators: ReviewIndicator[];
  totals: { byDepartment: CountRow[]; byPolicy: CountRow[]; overall: CountRow; byStatus: Record<SubmissionStatus, number> };
  files: { read: number; unreadable: number; missing: number };
}

export interface ExpectedSubmission {
  department: string;
  /** A file or sheet name; null when any submission of the department will do. */
  name: string | null;
  line: number;
}

const REVIEW_SEVERITY = {
  'review-period-differs': 'warning',
  'review-actual-differs': 'warning',
  'missing-submission': 'error',
  unreadable: 'error',
} as const satisfies Record<string, Severity>;

/** Short labels for the status list's 理由 column. */
const REASON: Record<string, string> = {
  'missing-actual': '実績値が未入力',
  'missing-target': '目標値が未入力',
  'value-unparseable': '数値を読み取れない',
  'unit-mismatch': '単位が目標と異なる',
  'formula-error': '数式のエラー',
  'rating-mismatch': '記入した評価が計算と異なる',
  'rating-invalid': '評価区分にない評価',
  'cumulative-decrease': '累計値が減少',
  'outlier-jump': '前年から急な変化',
  'direction-conflict': '目標の向きが不明確',
  'duplicate-indicator': '指標の重複',
  'direction-keyword-invalid': '向きの指定に誤り',
  'sheet-protected': 'シート保護',
  'no-indicators': '指標が見つからない',
  'period-undetermined': '評価対象期間が不明',
  'period-not-in-sheet': '評価対象期間の列がない',
  'progress-undefined': '進捗を判定できない',
  'settings-invalid': '評価設定に誤り',
  'summary-protected': '評価サマリーが保護',
  'review-period-differs': '評価対象期間が他と異なる',
  'review-actual-differs': '他のブックと実績値が異なる',
};

/** A file's report as the collector keeps it: of the rules only the scale. */
type KeptReport = Omit<Report, 'rules'> & { rules: Pick<Report['rules'], 'scale'> };

interface FileEntry {
  file: string;
  report: KeptReport | null;
  error: string | null;
  extra: ReviewFinding[];
}

/** "商工労働部/施策評価.xlsx" → "施策評価" for matching against the expected list. */
function baseName(file: string): string {
  return file.split(/[\\/]/).pop()!.replace(/\.(xlsx|xlsm|xls)$/i, '');
}

function folderOf(file: string): string | null {
  const parts = file.split(/[\\/]/);
  return parts.length > 1 ? parts[parts.length - 2] : null;
}

function indicatorKey(name: string): string {
  return compact(name).replace(/[（(]再掲[)）]/g, '');
}

function fiscalYearOf(label: string | null): number | null {
  if (!label) return null;
  return (parsePeriodArg(label) ?? findPeriod(label)?.period)?.fiscalYear ?? null;
}

export function reviewFinding(code: keyof typeof REVIEW_SEVERITY, file: string, sheet: string | null, cell: string | null, indicator: string | null, message: string): ReviewFinding {
  return { file, code, severity: REVIEW_SEVERITY[code], sheet, cell, indicator, message };
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

  constructor(private readonly expected: ExpectedSubmission[] = []) {}

  /** One copy of each text the reports repeat (sheet names, units, cells, codes): a city's review holds tens of thousands of indicators. */
  private readonly texts = new Map<string, string>();

  private intern<T extends string | null | undefined>(v: T): T {
    if (typeof v !== 'string' || v.length > 64) return v;
    const seen = this.texts.get(v);
    if (seen !== undefined) return seen as T;
    this.texts.set(v, v);
    return v;
  }

  /** Adds a checked file; returns its preliminary status (before the cross-file findings). */
  addReport(file: string, report: Report): SubmissionStatus {
    this.entries.push({ file, report: this.compact(report), error: null, extra: [] });
    return statusOf(report.findings, 0);
  }

  /** The report as the review uses it: texts shared, of the rules only the scale. */
  private compact(r: Report): KeptReport {
    const t = <T extends string | null | undefined>(v: T) => this.intern(v);
    return {
      ...r,
      rules: { scale: r.rules.scale },
      indicators: r.indicators.map((i) => ({
        ...i,
        sheet: t(i.sheet),
        group: t(i.group),
        unit: t(i.unit),
        actualPeriod: t(i.actualPeriod),
        department: t(i.department),
        layout: t(i.layout),
        futureDirection: t(i.futureDirection),
        grade: t(i.grade),
        existingGrade: t(i.existingGrade),
        previousGrade: t(i.previousGrade),
        cells: { name: t(i.cells.name), actual: t(i.cells.actual), target: t(i.cells.target), grade: t(i.cells.grade) },
      })),
      findings: r.findings.map((f) => ({ ...f, sheet: t(f.sheet), cell: t(f.cell), indicator: t(f.indicator), code: t(f.code) })),
    };
  }

  addUnreadable(file: string, message: string): void {
    this.entries.push({ file, report: null, error: message, extra: [] });
  }

  get count(): number {
    return this.entries.length;
  }

  finish(): Review {
    const entries = [...this.entries].sort((a, b) => byJa(a.file, b.file));
    const grades = gradeScale(entries);
    const majority = majorityPeriod(entries);
    crossFilePeriod(entries, majority);
    crossFileActuals(entries);

    const rows: SubmissionRow[] = [];
    const findings: ReviewFinding[] = [];
    const indicators: ReviewIndicator[] = [];
    const nameMatches = (e: ExpectedSubmission, file: string, sheets: string[]) => {
      if (!e.name) return false;
      const n = compact(baseName(e.name));
      return compact(baseName(file)).includes(n) || sheets.some((s) => compact(s) === n);
    };

    for (const entry of entries) {
      const sheets = entry.report?.sheets.map((s) => s.name) ?? [];
      const expectedDept = this.expected.find((e) => nameMatches(e, entry.file, sheets))?.department ?? null;
      if (!entry.report) {
        rows.push({ ...emptyRow(entry.file, grades), department: expectedDept ?? folderOf(entry.file), status: '読込不可', reason: entry.error ?? '' });
        findings.push(reviewFinding('unreadable', entry.file, null, null, null, entry.error ?? '読み取れません。'));
        continue;
      }
      const r = entry.report;
      const all: ReviewFinding[] = [...r.findings.map((f) => ({ ...f, file: entry.file })), ...entry.extra];
      findings.push(...all);
      const sheetNames = new Set(r.sheets.map((s) => s.name));
      const fileLevel = all.filter((f) => !f.sheet || !sheetNames.has(f.sheet));
      const fileDept = r.sheets.find((s) => s.department)?.department ?? expectedDept ?? folderOf(entry.file);
      const filePeriod = r.period?.label ?? null;
      const perIndicator = new Map<string, number>();
      for (const f of all) if (f.sheet && f.indicator) perIndicator.set(`${f.sheet}\u0000${f.indicator}`, (perIndicator.get(`${f.sheet}\u0000${f.indicator}`) ?? 0) + 1);
      for (const ind of r.indicators) {
        indicators.push({ ...ind, department: ind.department ?? r.sheets.find((s) => s.name === ind.sheet)?.department ?? fileDept, file: entry.file, findings: perIndicator.get(`${ind.sheet}\u0000${ind.name}`) ?? 0 });
      }
      const sheetsWithIndicators = r.sheets.filter((s) => s.indicators > 0);
      if (!sheetsWithIndicators.length) {
        rows.push(rowFor(entry.file, null, fileDept, null, filePeriod, [], all, 0, grades));
        continue;
      }
      for (const s of sheetsWithIndicators) {
        const own = [...all.filter((f) => f.sheet === s.name), ...fileLevel];
        const inds = r.indicators.filter((i) => i.sheet === s.name);
        const mismatches = inds.filter((i) => i.existingGrade && i.grade && i.existingGrade !== i.grade).length + r.groups.filter((g) => g.sheet === s.name && g.existingGrade && g.grade && g.existingGrade !== g.grade).length;
        rows.push(rowFor(entry.file, s.name, s.department ?? fileDept, s.policy ?? s.measure ?? null, s.statedPeriod ?? filePeriod, inds, own, mismatches, grades));
      }
    }

    // Expected submissions that nobody sent.
    let missing = 0;
    for (const e of this.expected) {
      const met = entries.some((entry) => {
        const sheets = entry.report?.sheets.map((s) => s.name) ?? [];
        if (e.name) return nameMatches(e, entry.file, sheets);
        const dept = compact(e.department);
        return (entry.report?.sheets.some((s) => s.department && compact(s.department).includes(dept)) ?? false) || compact(entry.file).includes(dept);
      });
      if (met) continue;
      missing++;
      const what = e.name ? `「${e.name}」` : '評価ブック';
      const msg = `${e.department}の${what}が提出されていません（提出予定一覧の${e.line}行目）。`;
      rows.push({ ...emptyRow(e.name ?? '', grades), department: e.department, status: '未提出', reason: msg });
      findings.push(reviewFinding('missing-submission', e.name ?? '', null, null, null, msg));
    }

    rows.sort((a, b) => STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) || byJa(a.department ?? '\uffff', b.department ?? '\uffff') || byJa(a.file, b.file) || byJa(a.sheet ?? '', b.sheet ?? ''));
    const byStatus = Object.fromEntries(STATUS_ORDER.map((s) => [s, 0])) as Record<SubmissionStatus, number>;
    for (const r of rows) byStatus[r.status]++;

    const policyOf = new Map<string, string | null>();
    for (const e of entries) for (const s of e.report?.sheets ?? []) policyOf.set(`${e.file}\u0000${s.name}`, s.policy ?? null);
    return {
      period: majority,
      grades,
      rows,
      findings,
      indicators,
      totals: {
        byDepartment: countBy(indicators, (i) => i.department ?? '（担当部署不明）', grades),
        byPolicy: countBy(indicators, (i) => policyOf.get(`${i.file}\u0000${i.sheet}`) ?? i.group ?? '（基本方針なし）', grades),
        overall: { label: '全体', ...countOf(indicators, grades) },
        byStatus,
      },
      files: { read: entries.filter((e) => e.report).length, unreadable: entries.filter((e) => !e.report).length, missing },
    };
  }
}

function statusOf(fs: Finding[], mismatches: number): SubmissionStatus {
  if (fs.some((f) => f.severity === 'error')) return '差戻し';
  if (mismatches || fs.some((f) => f.severity === 'warning')) return '要確認';
  return '確認済';
}

function reasonOf(fs: Finding[]): string {
  const byCode = new Map<string, { n: number; severity: Severity }>();
  for (const f of fs) {
    if (f.severity === 'info') continue;
    const x = byCode.get(f.code) ?? { n: 0, severity: f.severity };
    x.n++;
    byCode.set(f.code, x);
  }
  return [...byCode.entries()]
    .sort((a, b) => (a[1].severity === b[1].severity ? b[1].n - a[1].n : a[1].severity === 'error' ? -1 : 1))
    .map(([code, x]) => `${REASON[code] ?? code} ${x.n}件`)
    .join('、');
}

function emptyRow(file: string, grades: { grade: string }[]): SubmissionRow {
  return { file, sheet: null, department: null, group: null, period: null, indicators: 0, counts: zero(grades), errors: 0, warnings: 0, gradeMismatches: 0, status: '確認済', reason: '' };
}

function zero(grades: { grade: string }[]): Record<string, number> {
  const c: Record<string, number> = {};
  for (const g of grades) c[g.grade] = 0;
  c.none = 0;
  return c;
}

function countOf(list: IndicatorReport[], grades: { grade: string }[]): { counts: Record<string, number>; total: number } {
  const counts = zero(grades);
  for (const i of list) {
    if (i.grade && i.grade in counts && i.grade !== 'none') counts[i.grade]++;
    else counts.none++;
  }
  return { counts, total: list.length };
}

function countBy(list: ReviewIndicator[], key: (i: ReviewIndicator) => string, grades: { grade: string }[]): CountRow[] {
  const groups = new Map<string, ReviewIndicator[]>();
  for (const i of list) {
    const k = key(i);
    const g = groups.get(k) ?? [];
    g.push(i);
    groups.set(k, g);
  }
  return [...groups.entries()].sort((a, b) => byJaNumeric(a[0], b[0])).map(([label, l]) => ({ label, ...countOf(l, grades) }));
}

function rowFor(file: string, sheet: string | null, department: string | null, group: string | null, period: string | null, inds: IndicatorReport[], own: Finding[], mismatches: number, grades: { grade: string }[]): SubmissionRow {
  const { counts } = countOf(inds, grades);
  const status = statusOf(own, mismatches);
  let reason = reasonOf(own);
  if (!reason && mismatches) reason = `記入した評価が計算と異なる ${mismatches}件`;
  return {
    file,
    sheet,
    department,
    group,
    period,
    indicators: inds.length,
    counts,
    errors: own.filter((f) => f.severity === 'error').length,
    warnings: own.filter((f) => f.severity === 'warning').length,
    gradeMismatches: mismatches,
    status,
    reason,
  };
}

function gradeScale(entries: FileEntry[]): { grade: string; label: string }[] {
  const out: { grade: string; label: string }[] = [];
  for (const e of entries) for (const b of e.report?.rules.scale ?? []) if (!out.some((x) => x.grade === b.grade)) out.push({ grade: b.grade, label: b.label });
  if (!out.length) out.push({ grade: 'A', label: '順調' }, { grade: 'B', label: '概ね順調' }, { grade: 'C', label: 'やや遅れている' }, { grade: 'D', label: '遅れている' });
  return out;
}

/** A file's period: what its sheets state (the most common), else the period its check used (unless forced by --period). */
function filePeriodYear(r: KeptReport): number | null {
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
  const years = entries.map((e) => (e.report ? filePeriodYear(e.report) : null)).filter((y): y is number => y !== null);
  if (!years.length) return null;
  const fy = mostCommon(years);
  return { label: fiscalYearLabel(fy), fiscalYear: fy, files: years.filter((y) => y === fy).length };
}

function crossFilePeriod(entries: FileEntry[], majority: Review['period']): void {
  if (!majority) return;
  const withPeriod = entries.filter((e) => e.report && filePeriodYear(e.report) !== null).length;
  if (withPeriod < 2) return;
  for (const e of entries) {
    if (!e.report) continue;
    const fy = filePeriodYear(e.report);
    if (fy === null || fy === majority.fiscalYear) continue;
    const stated = e.report.sheets.find((s) => fiscalYearOf(s.statedPeriod) === fy);
    e.extra.push(
      reviewFinding('review-period-differs', e.file, stated?.name ?? null, null, null, `このブックの評価対象期間（${fiscalYearLabel(fy)}）が、ほかの多くのブック（${majority.label}、${majority.files}件）と異なります。前年度のブックを提出していないか確認してください。`),
    );
  }
}

/** The same indicator name with different actuals for the same year in two files. */
function crossFileActuals(entries: FileEntry[]): void {
  const byKey = new Map<string, { entry: FileEntry; ind: IndicatorReport }[]>();
  for (const e of entries) {
    if (!e.report) continue;
    const fallback = e.report.period?.fiscalYear ?? null;
    for (const ind of e.report.indicators) {
      if (ind.actualStatus !== 'value' || ind.actual === null || ind.measures) continue;
      const fy = fiscalYearOf(ind.actualPeriod) ?? fallback;
      const key = `${indicatorKey(ind.name)}\u0000${fy ?? ''}`;
      const list = byKey.get(key) ?? [];
      list.push({ entry: e, ind });
      byKey.set(key, list);
    }
  }
  const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  for (const list of byKey.values()) {
    const files = new Set(list.map((x) => x.entry));
    if (files.size < 2) continue;
    for (const x of list) {
      const others = list.filter((y) => y.entry !== x.entry && !same(y.ind.actual!, x.ind.actual!) && (!x.ind.unit || !y.ind.unit || x.ind.unit === y.ind.unit));
      if (!others.length) continue;
      const where = others.slice(0, 3).map((y) => `${y.entry.file} の ${y.ind.sheet}!${y.ind.cells.actual ?? y.ind.cells.name}：${num(y.ind.actual!)}`);
      if (others.length > 3) where.push(`ほか${others.length - 3}件`);
      x.entry.extra.push(
        reviewFinding('review-actual-differs', x.entry.file, x.ind.sheet, x.ind.cells.actual ?? x.ind.cells.name, x.ind.name, `指標「${x.ind.name}」の実績値 ${num(x.ind.actual!)} が、ほかのブックの同じ指標と異なります（${where.join('、')}）。どちらが正しいか担当課に確認してください。`),
      );
    }
  }
}
