/**
 * The review's findings that only a look across the files can make: another period than most
 * files, the same indicator with another actual, the same content under another file name. Made
 * once every file is read (ReviewCollector.finish), in file order, whatever order they were read in.
 */
import { findPeriod, fiscalYearLabel, parsePeriodArg } from '../values/periods';
import type { Severity } from '../model/report';
import { renderReviewFinding, type ReviewFindingCode, type ReviewFindingParams } from '../model/reviewText';
import type { Review, ReviewFinding, ReviewOwnFinding, ReviewStore } from './reviewModel';
import { canonicalUnit } from '../values/units';

export const REVIEW_SEVERITY = {
  'review-period-differs': 'warning',
  'review-actual-differs': 'warning',
  'review-duplicate-file': 'warning',
  'missing-submission': 'error',
  unreadable: 'error',
} as const satisfies Record<ReviewFindingCode, Severity>;

export { CROSS_FILE_WORST } from './reviewRows';

/** Where a review finding points: its file, and the sheet, cell and indicator (each null when it is about more). */
export interface ReviewPlace {
  file: string;
  sheet?: string | null;
  cell?: string | null;
  indicator?: string | null;
}

/** A review finding of `code` at `place`, with the facts its message needs (`message`: the Japanese). */
export function reviewFinding<C extends ReviewFindingCode>(code: C, place: ReviewPlace, params: ReviewFindingParams[C]): ReviewFinding {
  const data = { code, params } as Extract<ReviewOwnFinding, { code: C }>;
  const message = renderReviewFinding(data);
  return {
    file: place.file,
    ...data,
    severity: REVIEW_SEVERITY[code],
    sheet: place.sheet ?? null,
    cell: place.cell ?? null,
    indicator: place.indicator ?? null,
    message,
  };
}

export function fiscalYearOf(label: string | null): number | null {
  if (!label) return null;
  return (parsePeriodArg(label) ?? findPeriod(label)?.period)?.fiscalYear ?? null;
}

/** An indicator's actual as the store keeps it for the cross-file comparison. */
export interface StoredActual {
  /** The indicator's name (folded) and year: what is compared across files. */
  key: string;
  /** Its place among the file's indicators. */
  pos: number;
  name: string;
  actual: number;
  unit: string | null;
  sheet: string;
  cell: string;
}

/** What the cross-file step needs of a file the collector read. */
export interface CrossFileEntry {
  file: string;
  /** Keys in the store. */
  stored: { actuals: number };
  periodYear: number | null;
  sheets: { name: string; statedPeriod: string | null }[];
  /** The fingerprint of the file's cells (contentHash), if the reader gave one. */
  contentHash: string | null;
  /** Cross-file findings, added here. */
  extra: ReviewFinding[];
}

/** The files whose period is not the majority's. */
export function crossFilePeriod(entries: CrossFileEntry[], majority: Review['period']): void {
  if (!majority) return;
  if (entries.filter((e) => e.periodYear !== null).length < 2) return;
  for (const e of entries) {
    const fy = e.periodYear;
    if (fy === null || fy === majority.fiscalYear) continue;
    const stated = e.sheets.find((s) => fiscalYearOf(s.statedPeriod) === fy);
    e.extra.push(
      reviewFinding(
        'review-period-differs',
        { file: e.file, sheet: stated?.name },
        { period: fiscalYearLabel(fy), majority: majority.label, files: majority.files },
      ),
    );
  }
}

/**
 * The same indicator name with different actuals for the same year in two files. The actuals are
 * read back from the store only now (after the files are read, so their index does not add to the
 * memory the reading needs), in file order, so the messages do not depend on the reading order.
 */
export function crossFileActuals(entries: CrossFileEntry[], store: ReviewStore): void {
  type Seen = StoredActual & { entry: CrossFileEntry };
  const byKey = new Map<string, Seen[]>();
  for (const entry of entries) {
    for (const actual of store.get(entry.stored.actuals) as StoredActual[]) {
      const seen: Seen = { ...actual, entry };
      const list = byKey.get(actual.key);
      if (list) list.push(seen);
      else byKey.set(actual.key, [seen]);
    }
  }
  const order = new Map(entries.map((e, i) => [e, i]));
  const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  const found: { at: number; pos: number; finding: ReviewFinding; entry: CrossFileEntry }[] = [];
  for (const list of byKey.values()) {
    if (list.length < 2 || list.every((x) => x.entry === list[0].entry)) continue;
    for (const x of list) {
      const others = list.filter(
        (y) => y.entry !== x.entry && !same(y.actual, x.actual) && (!x.unit || !y.unit || canonicalUnit(x.unit) === canonicalUnit(y.unit)),
      );
      if (!others.length) continue;
      const finding = reviewFinding(
        'review-actual-differs',
        { file: x.entry.file, sheet: x.sheet, cell: x.cell, indicator: x.name },
        { indicator: x.name, actual: x.actual, others: others.map((y) => ({ file: y.entry.file, sheet: y.sheet, cell: y.cell, actual: y.actual })) },
      );
      found.push({ at: order.get(x.entry)!, pos: x.pos, finding, entry: x.entry });
    }
  }
  // Each file's in the order of its indicators, whatever order the files were read in.
  for (const f of found.sort((a, b) => a.at - b.at || a.pos - b.pos)) f.entry.extra.push(f.finding);
}

/**
 * Files with the same cell content (the same fingerprint) under different names: each names the
 * others. Compares one fingerprint per file.
 */
export function crossFileDuplicates(entries: CrossFileEntry[]): void {
  const byHash = new Map<string, CrossFileEntry[]>();
  for (const e of entries) {
    if (!e.contentHash) continue;
    const list = byHash.get(e.contentHash);
    if (list) list.push(e);
    else byHash.set(e.contentHash, [e]);
  }
  for (const list of byHash.values()) {
    if (list.length < 2) continue;
    for (const e of list) {
      e.extra.push(reviewFinding('review-duplicate-file', { file: e.file }, { others: list.filter((x) => x !== e).map((x) => x.file) }));
    }
  }
}
