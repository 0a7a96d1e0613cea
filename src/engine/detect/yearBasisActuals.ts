/**
 * Actual columns under one 実績 heading, each sub-headed by a year and its counting basis (「R5末累計 | R6単年度 | R6末累計」):
 * each column is that year's, and of a year's 単年度 and 累計 a clerk reads the one the row's target counts as (a target headed
 * 「R6目標（R4からの累計）」 is set against the 累計 to R6, a 「R6目標（単年度）」 against the year's own figure); the columns of the
 * other basis are left out, so last year's 累計 stays the series' earlier figure. A target naming no basis (or both) chooses
 * nothing: every column is dated and the choice is a `column-chosen` guess naming the year's columns.
 */
import { findPeriod, type Period } from '../values/periods';
import type { RawIndicator } from './types';

type Basis = 'total' | 'single';

/** After the year: 年度, 末, 時点, then the basis alone (累計 / 単年度 / 単年 / 年間). */
const BASIS_AFTER_YEAR = /^(?:年度)?(?:末)?(?:時点)?(?:の)?(累計|単年度|単年|年間)$/;

/** A sub-heading of one fiscal year and a basis (「R5末累計」「R6単年度」「令和6年度末累計」), else null. */
export function yearBasis(text: string): { period: Period; basis: Basis } | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const found = findPeriod(t);
  if (!found || found.index !== 0 || found.period.kind !== 'fiscal') return null;
  const m = BASIS_AFTER_YEAR.exec(t.slice(found.length));
  return m ? { period: found.period, basis: m[1] === '累計' ? 'total' : 'single' } : null;
}

/** The basis a target heading states: 累計 (「R4からの累計」), 単年度 / 年間 (not 年間累計); null for none or both. */
export function targetBasis(heading: string): Basis | null {
  const t = heading.normalize('NFKC').replace(/\s+/g, '');
  const total = /累計/.test(t);
  // A year's own target (「令和6年度目標」「R6年度目標」) names no basis (review rv81); a bare 年度目標 is the year's.
  const single = /単年度?|年間(?!累計)|(?<![\d元])年度目標/.test(t);
  return total === single ? null : total ? 'total' : 'single';
}

/** A year's plain actual (「R6年度実績」「R6実績値」): its period, else null. */
function yearActual(text: string): Period | null {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  const found = findPeriod(t);
  if (!found || found.index !== 0 || found.period.kind !== 'fiscal') return null;
  return /^(?:年度)?(?:の)?実績値?(?:\((?:単年度|単年|年間)\))?$/.test(t.slice(found.length)) ? found.period : null;
}

/** 「R6年度実績（単年度）」: a year's actual whose bracket names the year's own basis (review rv82b item 6). */
const SINGLE_BRACKET = /\((?:単年度|単年|年間)\)$/;

type Read = { period: Period; basis: Basis } | null;

/**
 * Review rv81: a year's plain 実績 (「R6年度実績」) beside that year's 累計 (「R6年度末累計」) under one 実績 heading is the year's
 * own figure, its 単年度 in other words; without that year's 累計 beside it, it names no basis.
 */
export function subHeadingBases(subs: string[]): Read[] {
  const read: Read[] = subs.map((s) => yearBasis(s));
  const totals = new Set(read.filter((b) => b?.basis === 'total').map((b) => b!.period.fiscalYear));
  return read.map((b, i) => {
    if (b) return b;
    const period = yearActual(subs[i]);
    const single = SINGLE_BRACKET.test(subs[i].normalize('NFKC').replace(/\s+/g, ''));
    return period && (single || totals.has(period.fiscalYear)) ? { period, basis: 'single' } : null;
  });
}

/**
 * Dates a table row's undated actuals by their sub-headings and keeps those of its target's basis. `subHeading(col)`: the
 * column's lowest heading; `heading(col)`: its whole heading. Only where every actual is undated (or dated as its sub-heading
 * is) and sub-headed so, with both bases among them; else each column sub-headed by a year and basis is still dated by it.
 */
export function applyYearBasisActuals(ind: RawIndicator, subHeading: (col: number) => string, heading: (col: number) => string): void {
  if (ind.actuals.length < 2) return;
  const bases = subHeadingBases(ind.actuals.map((p) => subHeading(p.col)));
  const read = ind.actuals.map((p, i) => ({ p, b: bases[i] }));
  // A column already dated by its own heading (「R6年度実績」) counts when its sub-heading dates the same year (review rv82b item 6).
  if (read.some((x) => x.p.period && x.p.period.fiscalYear !== x.b?.period.fiscalYear)) return;
  if (read.some((x) => !x.b) || new Set(read.map((x) => x.b!.basis)).size < 2) {
    // Whatever else is read, a column whose sub-heading dates a year (「R5年度末累計」) is that year's, never the evaluated year's.
    for (const { p, b } of read) if (!p.period && b) p.period = b.period;
    return;
  }
  for (const { p, b } of read) p.period = b!.period;
  const dated = ind.targets.filter((t) => t.period);
  const named = new Set(dated.map((t) => targetBasis(heading(t.col))));
  const basis = named.size === 1 ? [...named][0] : null;
  const kept = basis ? read.filter((x) => x.b!.basis === basis) : [];
  const years = new Set(dated.map((t) => t.period!.fiscalYear));
  if (basis && kept.some((x) => years.has(x.b!.period.fiscalYear))) {
    ind.actuals = kept.map((x) => x.p);
    return;
  }
  // No basis to choose by: both of a year's columns stay, the one read a guess naming them.
  (ind.guesses ??= []).push({ reason: 'column-chosen', cells: read.map((x) => x.p.cell) });
}
