/**
 * Targets on one sheet and actuals on another (a 目標値 sheet and a 実績値 sheet, rows in another
 * order): the indicators of the two are joined by ID, else by name; a join by a name not written
 * the same is a guess the report names. The figures of a sheet titled for targets that the
 * reader took as actuals (its bare period columns) are that sheet's targets.
 */
import { classifyLabel } from '../values/labels';
import { differOnlyByConnectingWords } from '../values/connectingWords';
import { conversionFactor } from '../values/units';
import { codesMatchOneToOne, namedByCodeAlone } from './codeOnlyRows';
import type { Point, RawIndicator, SheetDetection, TargetPoint } from './types';

type SheetMeasure = 'target' | 'actual' | null;

/** What a sheet holds, by its name or title: 目標値 / 計画値 only, or 実績 only. */
export function sheetMeasure(d: SheetDetection): SheetMeasure {
  // A "title" that is a column heading (目標値（R4）) says nothing of the sheet.
  const title = d.meta.title && !classifyLabel(d.meta.title) ? d.meta.title : '';
  const words = `${d.meta.sheet} ${title}`.normalize('NFKC');
  const target = /目標|計画値|期待値/.test(words);
  const actual = /実績|結果/.test(words);
  if (target && !actual) return 'target';
  if (actual && !target) return 'actual';
  return null;
}

/** A cell of another sheet, as Excel writes it: 実績値!C4, 'KPI 実績'!C4. */
export function qualified(sheet: string, cell: string): string {
  return /^[\p{L}\p{N}_]+$/u.test(sheet) ? `${sheet}!${cell}` : `'${sheet.replace(/'/g, "''")}'!${cell}`;
}

const key = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s　・]/g, '')
    .toLowerCase();

/** Bigram overlap of two names (Dice), for names written slightly differently. */
function similarity(a: string, b: string): number {
  const grams = (s: string) => new Set([...s].map((_, i) => s.slice(i, i + 2)).filter((g) => g.length === 2));
  const [x, y] = [grams(a), grams(b)];
  if (!x.size || !y.size) return a === b ? 1 : 0;
  let both = 0;
  for (const g of x) if (y.has(g)) both++;
  return (2 * both) / (x.size + y.size);
}

interface Match {
  actual: RawIndicator;
  fuzzy: boolean;
}

function findPartner(t: RawIndicator, candidates: RawIndicator[]): Match | null {
  if (t.id) {
    const byId = candidates.find((a) => a.id && key(a.id) === key(t.id!));
    if (byId) return { actual: byId, fuzzy: false };
  }
  const exact = candidates.find((a) => key(a.name) === key(t.name));
  if (exact) return { actual: exact, fuzzy: false };
  // 「転入者数」 and 「転入者の数」: the same words but for those joining them, one such name only (a guess all the same).
  const near = candidates.filter((a) => differOnlyByConnectingWords(a.name, t.name));
  if (near.length === 1) return { actual: near[0], fuzzy: true };
  const scored = candidates.map((a) => ({
    a,
    s: key(a.name).includes(key(t.name)) || key(t.name).includes(key(a.name)) ? 0.9 : similarity(key(a.name), key(t.name)),
  }));
  scored.sort((p, q) => q.s - p.s);
  const best = scored[0];
  // Only a clear best counts: a second name as close would make the join a coin toss.
  if (best && best.s >= 0.6 && (scored.length < 2 || scored[1].s < best.s - 0.15)) return { actual: best.a, fuzzy: true };
  return null;
}

function sameName(t: RawIndicator, candidates: RawIndicator[]): Match | null {
  const same = candidates.filter((a) => key(a.name) === key(t.name));
  return same.length === 1 ? { actual: same[0], fuzzy: false } : null;
}

/** A target sheet's period columns read as actuals are its targets (its indicators have no 目標 heading of their own). */
export function actualsAsTargets(ind: RawIndicator): void {
  if (ind.targets.length || !ind.actuals.length || ind.actuals.some((p) => !p.period)) return;
  ind.targets = ind.actuals.map((p): TargetPoint => ({ ...p, kind: 'target' }));
  ind.actuals = [];
  ind.baselines = [];
}

function moveActuals(into: RawIndicator, from: RawIndicator, fuzzy: boolean): void {
  // The actual sheet's own unit, where it differs from the target's and converts to it (万円 reported for a target in 億円):
  // each figure without a unit of its own is in it, so that it is read in the target's unit.
  const scaled = !!into.unit && !!from.unit && from.unit !== into.unit && conversionFactor(from.unit, into.unit) !== null;
  const inUnit = (p: Point): Point['parsed'] =>
    scaled && p.parsed.status === 'value' && p.parsed.value !== undefined && !p.parsed.unit ? { ...p.parsed, unit: from.unit } : p.parsed;
  const q = (p: Point): Point => ({ ...p, cell: qualified(from.sheet, p.cell), parsed: inUnit(p) });
  into.actuals = from.actuals.map(q);
  into.baselines = [...into.baselines, ...from.baselines.map(q)];
  into.layout = 'joined';
  if (!into.unit && from.unit) into.unit = from.unit;
  if (from.note) [into.note, into.noteCell] = [from.note, qualified(from.sheet, from.noteCell ?? from.nameCell)];
  into.wordsForDirection = `${into.wordsForDirection} ${from.wordsForDirection}`;
  // The actual sheet's 評価 column stands on that sheet: its cell is never read, or written, on the target sheet.
  if (!into.gradeCell && from.gradeCell) into.gradeCell = { ...from.gradeCell, sheet: from.gradeCell.sheet ?? from.sheet };
  if (fuzzy) (into.guesses ??= []).push({ reason: 'join-fuzzy', cells: [into.nameCell, qualified(from.sheet, from.nameCell)] });
}

/**
 * Joins the indicators of target sheets with those of actual sheets; the joined actual-sheet rows
 * are removed. Sheets not named for either join too when their headings say it: an indicator with
 * only targets (目標値（R5）…) and one with only actuals on another sheet, of the same ID or name.
 */
export function joinSheets(detections: SheetDetection[]): void {
  const targetSheets = detections.filter((d) => sheetMeasure(d) === 'target' && d.indicators.length);
  const actualSheets = detections.filter((d) => sheetMeasure(d) !== 'target' && d.indicators.length);
  if (targetSheets.length && actualSheets.some((d) => sheetMeasure(d) === 'actual')) {
    for (const d of targetSheets) for (const ind of d.indicators) actualsAsTargets(ind);
    joinHalves(targetSheets, actualSheets, 'sheet-pair');
  }
  joinByCodes(detections);
  joinHalves(detections, detections, 'same-name');
}

/** An ID written as a code, a letter among its digits (K-01, KPI_3, 食-1): a row number or a 施策 number (3, 2-1) is none. */
const CODE_ID = /^(?=.*[0-9])(?=.*\p{L})[\p{L}0-9\-_.]{2,12}$/u;

/** A sheet's own numbering (指標1, No.2, 番号3, A1): restarts on every sheet, so joins nothing (review rv57). */
const SERIAL = /^(?:(?:指標|no\.?|番号|第|項目|kpi)[-_.]?[0-9]{1,3}|[a-z][0-9]{1,2})$/;

const codeOf = (ind: RawIndicator): string | null => {
  const id = ind.id ? key(ind.id) : '';
  return CODE_ID.test(id) && !SERIAL.test(id) ? id : null;
};

/**
 * Whether a target-only row and an actual-only row of the same code may be one indicator: their units, when both write one, are
 * the same or convert, and their names share a pair of characters (the short name of a 実績 sheet is the target's name shortened).
 */
function samePair(t: RawIndicator, a: RawIndicator): boolean {
  if (t.unit && a.unit && t.unit !== a.unit && conversionFactor(a.unit, t.unit) === null) return false;
  // A row named by its code alone has no name to compare (`codeOnlyRows.ts`: joined only when the codes match one to one).
  if (namedByCodeAlone(a)) return true;
  const [x, y] = [key(t.name), key(a.name)];
  if (x.includes(y) || y.includes(x)) return true;
  // An abbreviation (衛生点検 for 給食センター衛生管理点検の実施回数) shares a pair of characters with the name, の aside.
  const pairs = (s: string) => new Set([...s].map((_, i) => s.slice(i, i + 2)).filter((g) => g.length === 2 && !g.includes('の')));
  const inName = pairs(x);
  return [...pairs(y)].some((g) => inName.has(g));
}

/**
 * Sheets named for neither targets nor actuals (a 指標一覧 of targets, a 実績 sheet of short names) whose rows carry the same ID
 * codes: when every actual-only row of one sheet bearing a code, two or more, bears a code that one target-only row of another
 * sheet bears, each code once on either, the codes say which row is which, whatever the names; each pair is one indicator, no
 * guess.
 */
function joinByCodes(detections: SheetDetection[]): void {
  const actualOnly = (d: SheetDetection) => d.indicators.filter((i) => i.actuals.length && !i.targets.length);
  const targetOnly = (d: SheetDetection) => d.indicators.filter((i) => i.targets.length && !i.actuals.length);
  for (const a of detections) {
    // Rows bearing no code (a 合計 line) are passed over; every row bearing one must find its partner.
    const rows = actualOnly(a).filter((i) => codeOf(i) !== null);
    const codes = rows.map(codeOf);
    if (rows.length < 2 || new Set(codes).size !== codes.length) continue;
    const partners: Map<string, RawIndicator[]>[] = [];
    for (const t of detections) {
      if (t === a) continue;
      const byCode = new Map<string, RawIndicator[]>();
      for (const i of targetOnly(t)) if (codeOf(i)) byCode.set(codeOf(i)!, [...(byCode.get(codeOf(i)!) ?? []), i]);
      if (!codes.every((c, k) => byCode.get(c!)?.length === 1 && samePair(byCode.get(c!)![0], rows[k]))) continue;
      if (rows.some(namedByCodeAlone) && !codesMatchOneToOne(codes as string[], [...byCode.keys()])) continue;
      partners.push(byCode);
      if (!rows.some(namedByCodeAlone)) break;
    }
    // Rows named by codes alone join only a list no other sheet's codes match as well (大気 and 騒音 both coded: review rv66).
    if (partners.length !== 1) continue;
    rows.forEach((row, k) => moveActuals(partners[0].get(codes[k]!)![0], row, false));
    a.indicators = a.indicators.filter((i) => !rows.includes(i));
  }
}

/**
 * Target-only indicators of `targetSheets` joined with actual-only ones of another sheet: between a
 * 目標値 and a 実績値 sheet by ID, name or a similar name; between other sheets by the same name only
 * (row numbers of unrelated tables are no IDs to join by).
 */
function joinHalves(targetSheets: SheetDetection[], actualSheets: SheetDetection[], mode: 'sheet-pair' | 'same-name'): void {
  const pool = actualSheets.flatMap((d) => d.indicators.filter((i) => i.actuals.length && !i.targets.length));
  const joined = new Set<RawIndicator>();
  for (const d of targetSheets) {
    for (const t of d.indicators) {
      if (t.actuals.length || !t.targets.length) continue;
      const candidates = pool.filter((a) => !joined.has(a) && a.sheet !== t.sheet);
      const m = mode === 'sheet-pair' ? findPartner(t, candidates) : sameName(t, candidates);
      if (!m) continue;
      moveActuals(t, m.actual, m.fuzzy);
      joined.add(m.actual);
    }
  }
  for (const d of actualSheets) d.indicators = d.indicators.filter((i) => !joined.has(i));
}
