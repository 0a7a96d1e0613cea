/**
 * The review's status rows: a file's findings counted by code and severity (a Tally), the status
 * and the reason they give, and the grade counts of a row. One rule for the status, used both
 * while the files are read and in the written 提出状況一覧.
 */
import type { FindingBase, Severity } from '../model/report';

export type SubmissionStatus = '差戻し' | '読込不可' | '未提出' | '要確認' | '確認済';

/** Sort order of the status list: what needs the office's action first. */
/** The worst status a cross-file finding about a read file can give it (they are all warnings). */
export const CROSS_FILE_WORST = '要確認' as const;

export const STATUS_ORDER: SubmissionStatus[] = ['差戻し', '読込不可', '未提出', '要確認', '確認済'];

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

/** Short labels for the status list's 理由 column. */
const REASON: Record<string, string> = {
  'missing-actual': '実績値が未入力',
  'missing-target': '目標値が未入力',
  'target-other-period': '目標が別の年度のもの',
  'reading-uncertain': '読み取りに推測を含む',
  'value-unparseable': '数値を読み取れない',
  'unit-mismatch': '単位が目標と異なる',
  'formula-error': '数式のエラー',
  'rating-mismatch': '記入した評価が計算と異なる',
  'rating-invalid': '評価区分にない評価',
  'cumulative-decrease': '累計値が減少',
  'outlier-jump': '前年から急な変化',
  'direction-conflict': '目標の向きが不明確',
  'duplicate-indicator': '指標の重複',
  'direction-keyword-invalid': '今後の方向性が選択肢の語でない',
  'sheet-protected': 'シート保護',
  'no-indicators': '指標が見つからない',
  'period-undetermined': '評価対象期間が不明',
  'period-not-in-sheet': '評価対象期間の列がない',
  'progress-undefined': '進捗を判定できない',
  'settings-invalid': '評価設定に誤り',
  'summary-protected': '評価サマリーが保護',
  'review-period-differs': '評価対象期間が他と異なる',
  'review-actual-differs': '他のブックと実績値が異なる',
  'review-duplicate-file': '他のブックと内容が同じ',
};

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
  let worst: SubmissionStatus = '確認済';
  for (const s of statuses) if (STATUS_ORDER.indexOf(s) < STATUS_ORDER.indexOf(worst)) worst = s;
  return worst;
}

/** Each file's status in the written sheet: the worst of its rows. */
export function fileStatuses(review: { rows: SubmissionRow[] }): Map<string, SubmissionStatus> {
  const out = new Map<string, SubmissionStatus>();
  for (const r of review.rows) out.set(r.file, worstStatus([r.status, out.get(r.file) ?? '確認済']));
  return out;
}

export function statusOf(t: Tally, mismatches: number): SubmissionStatus {
  if (severityCount(t, 'error')) return '差戻し';
  if (mismatches || severityCount(t, 'warning')) return '要確認';
  return '確認済';
}

/** How many of the counted findings have this severity. */
export function severityCount(t: Tally, severity: Severity): number {
  let n = 0;
  for (const x of t.values()) if (x.severity === severity) n += x.n;
  return n;
}

export function reasonOf(t: Tally): string {
  return [...t.entries()]
    .filter(([, x]) => x.severity !== 'info')
    .sort((a, b) => (a[1].severity === b[1].severity ? b[1].n - a[1].n : a[1].severity === 'error' ? -1 : 1))
    .map(([code, x]) => `${REASON[code] ?? code} ${x.n}件`)
    .join('、');
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
    status: '確認済',
    reason: '',
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
  let reason = reasonOf(own);
  if (!reason && mismatches) reason = `記入した評価が計算と異なる ${mismatches}件`;
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
    reason,
  };
}
