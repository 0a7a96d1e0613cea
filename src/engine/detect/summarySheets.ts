/**
 * A summary sheet (総括表, 一覧) that only copies figures: every indicator it lists recurs by name on the other sheets
 * of the workbook, with the same actual (and the same target where both give one), spread over at least two of them.
 * Its rows are those sheets' indicators again, never new ones: its indicators are left out of the workbook's, and the
 * sheet says so (the sheets it copies, the indicators left out), as a 再掲 row is (repeatedRows.ts). A sheet copying
 * only one other sheet is left as it is read: which of the two is the copy is not told by the figures alone (by its
 * formulas it is: formulaCopies.ts).
 * A sheet named as a summary (一覧, 総括, 集計, まとめ, 概要) whose indicators all recur by name there, a few of them (a quarter at
 * most) with another figure on the one other sheet holding that name, is that summary with copying slips: the agreeing rows are
 * left out as above, the differing ones kept and marked (`differingCopy`), so each of the two readings rests on a
 * `figures-differ` guess naming the other's cells (actions/differingCopies.ts), never one taken silently; a note saying whose
 * figures are right settles it before (authoritativeSheets.ts).
 */
import { normalizeText } from '../values/text';
import type { Point, RawIndicator, SheetDetection } from './types';

const key = (name: string) => normalizeText(name).replace(/\s+/g, '');

/** The figures of points that hold one number. */
const figures = (points: Point[]) => points.flatMap((p) => (p.parsed.status === 'value' && p.parsed.value !== undefined ? [p.parsed.value] : []));

/** The same figure, a percentage written as a fraction (0.964 for 96.4 ％) included. */
export const sameFigure = (a: number, b: number) => [a, a * 100, a / 100].some((x) => Math.abs(x - b) <= 1e-9 * Math.max(1, Math.abs(b)));

/** Every figure of `mine` recurs among `theirs`, and `mine` holds at least one. */
const recur = (mine: number[], theirs: number[]) => mine.length > 0 && mine.every((a) => theirs.some((b) => sameFigure(a, b)));

/** Whether `other` gives the same indicator as `ind` (both named `name`): its actuals recurring, its targets too when both have one. */
function sameFigures(ind: RawIndicator, other: RawIndicator): boolean {
  if (!recur(figures(ind.actuals), figures(other.actuals))) return false;
  const [mine, theirs] = [figures(ind.targets), figures(other.targets)];
  return !mine.length || !theirs.length || recur(mine, theirs);
}

/** Each sheet's indicators by their names' keys, made once for the workbook: a sheet's indicators are looked for on every other sheet. */
type NamesByKey = Map<SheetDetection, Map<string, RawIndicator[]>>;

function namesByKey(detections: SheetDetection[]): NamesByKey {
  return new Map(
    detections.map((d) => {
      const byKey = new Map<string, RawIndicator[]>();
      for (const ind of d.indicators) {
        const k = key(ind.name);
        byKey.set(k, [...(byKey.get(k) ?? []), ind]);
      }
      return [d, byKey];
    }),
  );
}

/** A sheet named as a summary of the others (as actions/differingCopies.ts names one). */
const SUMMARY_NAME = /総括|一覧|集計|まとめ|概要|サマリ|summary/i;

/**
 * The other sheets holding each of the sheet's indicators with the same figures, and the indicators whose name only one other
 * sheet holds, once, with other figures (a summary's copying slips: none unless the sheet is named as a summary); null when an
 * indicator has neither.
 */
function copiedSheets(d: SheetDetection, all: SheetDetection[], byKey: NamesByKey): { sheets: string[]; differing: RawIndicator[] } | null {
  const sheets = new Set<string>();
  const differing: RawIndicator[] = [];
  const slips = SUMMARY_NAME.test(d.meta.sheet);
  for (const ind of d.indicators) {
    const k = key(ind.name);
    const twin = all.find((o) => o !== d && (byKey.get(o)?.get(k) ?? []).some((x) => sameFigures(ind, x)));
    if (twin) sheets.add(twin.meta.sheet);
    else if (slips && all.flatMap((o) => (o === d ? [] : (byKey.get(o)?.get(k) ?? []))).length === 1) differing.push(ind);
    else return null;
  }
  return { sheets: [...sheets], differing };
}

/** Takes the indicators of sheets that only copy other sheets' figures out (in place), each sheet saying so. */
export function dropSummarySheets(detections: SheetDetection[]): void {
  const byKey = namesByKey(detections);
  const summaries = detections.flatMap((d) => {
    const copied = d.indicators.length >= 2 ? copiedSheets(d, detections, byKey) : null;
    const few = copied && copied.differing.length * 4 <= d.indicators.length;
    return copied && few && copied.sheets.length >= 2 ? [{ d, ...copied }] : [];
  });
  const names = new Set(summaries.map((s) => s.d.meta.sheet));
  for (const { d, sheets, differing } of summaries) {
    // A summary of summaries is not told apart from the sheets it copies: only copies of sheets read as they are count.
    if (sheets.some((s) => names.has(s))) continue;
    const copies = d.indicators.filter((i) => !differing.includes(i));
    d.summaryOf = { cell: copies[0].nameCell, sheets, indicators: copies.map((i) => i.name) };
    // A copy with another figure: both readings kept, each to be checked against the other (actions/differingCopies.ts).
    for (const ind of differing) {
      ind.differingCopy = true;
      for (const o of detections) for (const x of o === d ? [] : (byKey.get(o)?.get(key(ind.name)) ?? [])) x.differingCopy = true;
    }
    d.indicators = differing;
  }
}
