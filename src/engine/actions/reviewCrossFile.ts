/**
 * The review's findings that only a look across the files can make: another period than most
 * files, the same indicator with another actual, the same content under another file name. Made
 * once every file is read (ReviewCollector.finish), in file order, whatever order they were read in.
 */
import { num } from '../model/findings';
import { findPeriod, fiscalYearLabel, parsePeriodArg } from '../values/periods';
import type { Severity } from '../model/report';
import type { Review, ReviewFinding, ReviewStore } from './reviewModel';

export const REVIEW_SEVERITY = {
  'review-period-differs': 'warning',
  'review-actual-differs': 'warning',
  'review-duplicate-file': 'warning',
  'missing-submission': 'error',
  unreadable: 'error',
} as const satisfies Record<string, Severity>;

export { CROSS_FILE_WORST } from './reviewRows';

export function reviewFinding(
  code: keyof typeof REVIEW_SEVERITY,
  file: string,
  sheet: string | null,
  cell: string | null,
  indicator: string | null,
  message: string,
): ReviewFinding {
  return { file, code, severity: REVIEW_SEVERITY[code], sheet, cell, indicator, message };
}

export function fiscalYearOf(label: string | null): number | null {
  if (!label) return null;
  return (parsePeriodArg(label) ?? findPeriod(label)?.period)?.fiscalYear ?? null;
}

/** An indicator's actual as the store keeps it for the cross-file comparison: key (name and year), place in the file, name, actual, unit, sheet, cell. */
export type ActualTuple = [string, number, string, number, string | null, string, string];

/** What the cross-file step needs of a file the collector keeps. */
export interface CrossFileEntry {
  file: string;
  /** Keys in the store; null for a file that could not be read. */
  stored: { actuals: number } | null;
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
        e.file,
        stated?.name ?? null,
        null,
        null,
        `このブックの評価対象期間（${fiscalYearLabel(fy)}）が、ほかの多くのブック（${majority.label}、${majority.files}件）と異なります。前年度のブックを提出していないか確認してください。`,
      ),
    );
  }
}

/** Up to three names, then how many more. */
function someOf(names: string[]): string {
  const shown = names.slice(0, 3);
  if (names.length > 3) shown.push(`ほか${names.length - 3}件`);
  return shown.join('、');
}

/**
 * The same indicator name with different actuals for the same year in two files. The actuals are
 * read back from the store only now (after the files are read, so their index does not add to the
 * memory the reading needs), in file order, so the messages do not depend on the reading order.
 */
export function crossFileActuals(entries: CrossFileEntry[], store: ReviewStore): void {
  type Seen = { entry: CrossFileEntry; pos: number; name: string; actual: number; unit: string | null; sheet: string; cell: string };
  const byKey = new Map<string, Seen[]>();
  for (const entry of entries) {
    if (!entry.stored) continue;
    for (const [key, pos, name, actual, unit, sheet, cell] of store.get(entry.stored.actuals) as ActualTuple[]) {
      const seen: Seen = { entry, pos, name, actual, unit, sheet, cell };
      const list = byKey.get(key);
      if (list) list.push(seen);
      else byKey.set(key, [seen]);
    }
  }
  const order = new Map(entries.map((e, i) => [e, i]));
  const same = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
  const found: { at: number; pos: number; finding: ReviewFinding; entry: CrossFileEntry }[] = [];
  for (const list of byKey.values()) {
    if (list.length < 2 || list.every((x) => x.entry === list[0].entry)) continue;
    for (const x of list) {
      const others = list.filter((y) => y.entry !== x.entry && !same(y.actual, x.actual) && (!x.unit || !y.unit || x.unit === y.unit));
      if (!others.length) continue;
      const where = someOf(others.map((y) => `${y.entry.file} の ${y.sheet}!${y.cell}：${num(y.actual)}`));
      const finding = reviewFinding(
        'review-actual-differs',
        x.entry.file,
        x.sheet,
        x.cell,
        x.name,
        `指標「${x.name}」の実績値 ${num(x.actual)} が、ほかのブックの同じ指標と異なります（${where}）。どちらが正しいか担当課に確認してください。`,
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
      const others = someOf(list.filter((x) => x !== e).map((x) => `「${x.file}」`));
      e.extra.push(
        reviewFinding(
          'review-duplicate-file',
          e.file,
          null,
          null,
          null,
          `このブックは${others}とすべてのシートのセルの内容が同じです。同じブックを別の名前で提出していないか、担当課に確認してください。`,
        ),
      );
    }
  }
}
