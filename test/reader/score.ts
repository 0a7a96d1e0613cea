/**
 * Compares what the reader reported with the facts a clerk reads, fact by fact: right, wrong
 * (reported otherwise, or reported where there is none) or missed (the indicator not reported);
 * a wrong fact is "flagged" when a reading-uncertain finding names that indicator or its cells.
 */
import type { Finding, IndicatorReport, Report } from '../../src/engine/model/report';
import type { ExpectedIndicator, ExpectedWorkbook } from './model';

export type Verdict = 'right' | 'wrong' | 'missed';

export interface FactResult {
  indicator: string | null;
  fact: string;
  expected: unknown;
  got: unknown;
  verdict: Verdict;
  /** For a wrong fact: a reading-uncertain finding names the indicator or one of its cells. */
  flagged: boolean;
}

const key = (s: string) => s.normalize('NFKC').replace(/[\s　]/g, '');
const unitKey = (u: string | null | undefined) => (u ? key(u) : null);
const close = (a: unknown, b: unknown) => (typeof a === 'number' && typeof b === 'number' ? Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a)) : a === b);

/** The reported indicator for an expected one: the same name, else a name that contains it (or is contained in it). */
function match(e: ExpectedIndicator, reported: IndicatorReport[], used: Set<IndicatorReport>): IndicatorReport | null {
  const free = reported.filter((r) => !used.has(r));
  const k = key(e.name);
  return free.find((r) => key(r.name) === k) ?? free.find((r) => key(r.name).includes(k) || (key(r.name).length >= 4 && k.includes(key(r.name)))) ?? null;
}

function cellsOf(r: IndicatorReport): Set<string> {
  const out = new Set<string>();
  for (const v of Object.values(r.cells ?? {})) if (typeof v === 'string') out.add(v);
  return out;
}

function flags(findings: Finding[], r: IndicatorReport): boolean {
  const cells = cellsOf(r);
  return findings.some(
    (f) =>
      f.code === 'reading-uncertain' &&
      ((f.indicator !== null && key(f.indicator) === key(r.name)) ||
        (f.sheet === r.sheet && f.cell !== null && (cells.has(f.cell) || [...cells].some((c) => f.message.includes(c))))),
  );
}

/** The facts of one expected indicator, as expected and reported values (reported: null when the indicator was not found). */
function factsOf(e: ExpectedIndicator, r: IndicatorReport | null): [string, unknown, unknown, boolean][] {
  const out: [string, unknown, unknown, boolean][] = [];
  const add = (fact: string, want: unknown, got: unknown, ok: boolean) => out.push([fact, want, r ? got : null, !!r && ok]);
  add('name', key(e.name), r && key(r.name), !!r && key(e.name) === key(r.name));
  if (e.unit !== undefined) add('unit', unitKey(e.unit), unitKey(r?.unit), unitKey(e.unit) === unitKey(r?.unit));
  if (e.measures) {
    const got = (r?.measures ?? []).map((m) => [m.target, m.actual]);
    const want = e.measures.map((m) => [m.target, m.actual]);
    add('measures', want, got, JSON.stringify(want) === JSON.stringify(got));
  } else {
    if (e.target !== undefined) add('target', e.target, r?.target, close(e.target, r?.target));
    const wantStatus = e.actualStatus ?? 'value';
    add('actual', [e.actual ?? null, wantStatus], [r?.actual, r?.actualStatus], close(e.actual ?? null, r?.actual) && wantStatus === r?.actualStatus);
  }
  if (e.direction) add('direction', e.direction, r?.direction, e.direction === r?.direction);
  if (e.existing !== undefined) add('existing', e.existing, r?.existingGrade, e.existing === r?.existingGrade);
  add('grade', e.grade, r?.grade, e.grade === r?.grade);
  return out;
}

/** Every fact of the workbook: fiscal year, each indicator's facts, each group's grade, and one wrong fact per indicator reported where there is none. */
export function scoreReport(expected: ExpectedWorkbook, report: Report): FactResult[] {
  const results: FactResult[] = [];
  const uncertain = report.findings.some((f) => f.code === 'reading-uncertain');
  const fy = report.period?.fiscalYear ?? null;
  if (expected.fiscalYear !== undefined)
    results.push({
      indicator: null,
      fact: 'fiscalYear',
      expected: expected.fiscalYear,
      got: fy,
      verdict: fy === expected.fiscalYear ? 'right' : 'wrong',
      flagged: uncertain,
    });
  const used = new Set<IndicatorReport>();
  for (const e of expected.indicators) {
    const r = match(e, report.indicators, used);
    if (!r) {
      for (const [fact, want] of factsOf(e, null)) results.push({ indicator: e.name, fact, expected: want, got: null, verdict: 'missed', flagged: false });
      continue;
    }
    used.add(r);
    const flagged = flags(report.findings, r);
    for (const [fact, want, got, ok] of factsOf(e, r)) results.push({ indicator: e.name, fact, expected: want, got, verdict: ok ? 'right' : 'wrong', flagged });
  }
  for (const r of report.indicators)
    if (!used.has(r)) results.push({ indicator: r.name, fact: 'spurious', expected: null, got: r.name, verdict: 'wrong', flagged: flags(report.findings, r) });
  for (const grp of expected.groups) {
    // Two policies side by side on one sheet: each expected group is the report's group of its cell, when there is one.
    const got = report.groups.find((x) => x.sheet === grp.sheet && x.cell === grp.cell) ?? report.groups.find((x) => x.sheet === grp.sheet);
    const ok = !!got && got.cell === grp.cell && got.grade === grp.grade;
    results.push({
      indicator: `group ${grp.sheet}`,
      fact: 'group',
      expected: [grp.cell, grp.grade],
      got: got ? [got.cell, got.grade] : null,
      verdict: got ? (ok ? 'right' : 'wrong') : 'missed',
      flagged: uncertain,
    });
  }
  return results;
}

export interface Tally {
  facts: number;
  right: number;
  wrong: number;
  missed: number;
  silent: number;
}

export function tally(results: FactResult[]): Tally {
  const t: Tally = { facts: 0, right: 0, wrong: 0, missed: 0, silent: 0 };
  for (const r of results) {
    if (r.fact !== 'spurious') t.facts++;
    t[r.verdict]++;
    if (r.verdict === 'wrong' && !r.flagged) t.silent++;
  }
  return t;
}

/** A readable line per fact that is not right, for a failing test's message. */
export function describe(results: FactResult[]): string {
  return results
    .filter((r) => r.verdict !== 'right')
    .map(
      (r) =>
        `${r.verdict}${r.verdict === 'wrong' && !r.flagged ? ' (silent)' : ''}: ${r.indicator ?? '(workbook)'} ${r.fact}: expected ${JSON.stringify(r.expected)}, got ${JSON.stringify(r.got)}`,
    )
    .join('\n');
}
