/**
 * Choosing the cells an evaluation uses: the actual for the period (and the one before), the
 * target (the period's own, the final one, or pro-rated), and what their parsed values mean.
 */
import type { Point, RawIndicator, TargetPoint } from '../detect';
import type { ActualStatus, ReportTargetSource } from '../model/report';
import { periodOrder, type Period } from '../values/periods';
import type { ParsedValue, Quantity } from '../values/values';
import type { Rules } from './rules';
import { parseDirection } from '../values/labels';
import { bestStanding, byStanding, samePeriod } from '../values/yearStanding';
import { withoutForecastsBesideActuals } from '../detect/forecastColumns';
import { saysNoNumber } from '../detect/wayOnlyTargetNote';

export function isValue(p: Point | undefined): p is Point {
  return !!p && p.parsed.status === 'value' && !p.parsed.ambiguous;
}

/** The actual for the period: a period column's, or a period-less column's. */
export function chooseActual(ind: RawIndicator, period: Period | null): { point?: Point; columnMissing: boolean } {
  const dated = ind.actuals.filter((p) => p.period);
  const undated = ind.actuals.filter((p) => !p.period);
  if (period) {
    // A 実績見込 column never stands in for the year's plain 実績 (集計中 or blank there: no actual yet).
    const same = withoutForecastsBesideActuals(dated.filter((p) => p.period!.fiscalYear === period.fiscalYear));
    if (same.length) {
      const filled = same.filter((p) => p.parsed.status !== 'missing');
      // Of a year's columns, the one standing for the whole year (its closing 3月末, not a 9月末 inside it).
      const pool = bestStanding(filled.length ? filled : same, period);
      return { point: pool[pool.length - 1], columnMissing: false };
    }
    if (undated.length) return { point: undated[0], columnMissing: false };
    return { columnMissing: dated.length > 0 };
  }
  if (undated.length) return { point: undated[0], columnMissing: false };
  const withValue = dated.filter((p) => p.parsed.status !== 'missing').sort((a, b) => periodOrder(a.period!) - periodOrder(b.period!));
  return { point: withValue[withValue.length - 1] ?? dated[dated.length - 1], columnMissing: false };
}

/** The actual of the period before (for trend, outliers and last period's grade). */
export function previousActual(ind: RawIndicator, current: Point | undefined, period: Period | null): Point | undefined {
  const ref = current?.period ?? period;
  if (!ref) return undefined;
  const before = ind.actuals.filter((p) => p.period && periodOrder(p.period) < periodOrder(ref) && p.period.fiscalYear < ref.fiscalYear + 1 && isValue(p));
  before.sort((a, b) => periodOrder(a.period!) - periodOrder(b.period!));
  const last = before[before.length - 1];
  // Only the period right before counts (a gap of years is not "the previous period").
  if (last && ref.fiscalYear - last.period!.fiscalYear <= 1) return last;
  return undefined;
}

/** The target an evaluation uses, or why there is none. */
export type ChosenTarget =
  /**
   * A target to compare with: the period's own (expected), the final one, or the final one pro-rated;
   * `maintains`: the target cell says 維持 and the value is the baseline's.
   */
  | { kind: 'usable'; point: TargetPoint; value: ParsedValue; source: ReportTargetSource; maintains?: Point; insteadOf?: TargetPoint }
  /** Nothing usable; `blame` is the cell a person should fill (none when the row has no target cell). */
  | { kind: 'missing'; blame?: TargetPoint }
  /** Targets written for another year only (a 「R6年度数値目標」 column beside 「R6年度実績値」): not used. */
  | { kind: 'other-year'; targets: TargetPoint[] };

/**
 * A table's target column named after one year, with that year's own actual column beside it
 * (「R6年度数値目標 | R6年度実績値」), is that year's target and no other's, when the table is laid
 * out per year: a target for every year with an actual column but at most one (last year's actual,
 * shown for reference). A plan table's 「目標（R8）」 (no R8 actual column), a 「目標（R7）」 after
 * actual columns R3 … R7, and the last 期待値 of a policy block's year row are final targets by
 * design and stay usable for every period.
 */
export function perYearTargetOf(ind: RawIndicator, t: TargetPoint, period: Period | null): boolean {
  if (ind.layout !== 'table' || !period || !t.period || t.period.fiscalYear === period.fiscalYear) return false;
  const actualYears = new Set(ind.actuals.filter((a) => a.period).map((a) => a.period!.fiscalYear));
  if (!actualYears.has(t.period.fiscalYear)) return false;
  const targetYears = new Set(ind.targets.filter((x) => x.period).map((x) => x.period!.fiscalYear));
  return [...actualYears].filter((y) => !targetYears.has(y)).length <= 1;
}

function finalTarget(ind: RawIndicator, period: Period | null): TargetPoint | undefined {
  const explicit = ind.targets.find((t) => t.kind === 'target' && !t.period && t.parsed.status === 'value');
  if (explicit) return explicit;
  const dated = ind.targets
    .filter((t) => t.period && t.parsed.status === 'value' && !perYearTargetOf(ind, t, period))
    .sort((a, b) => periodOrder(a.period!) - periodOrder(b.period!));
  // The sheet's note names the target each year is judged against (a 中間目標 of a later year): that one, not the last.
  const named = ind.judgedTargetNote?.fiscalYear;
  const judged = dated.find((t) => t.period!.fiscalYear === named && (!period || named! >= period.fiscalYear));
  return judged ?? dated[dated.length - 1];
}

/** A target naming the baseline as its floor: 「現状値以上」「基準値以上」「現状以上」「現状値を上回る」. */
const BASELINE_FLOOR = /^(?:現状|現況|基準|策定時)(?:値|年度の?値)?(?:以上|を上回る|を超える|を維持)$/;

/**
 * A target cell that says 維持 (現状維持, 横ばい) or names the baseline as its floor (現状値以上): the baseline is the target, when
 * there is one; a 維持 the sheet's note says sets no number (「「維持」は数値を定めず方向のみを示す目標」) is none.
 */
function maintainTarget(ind: RawIndicator, t: TargetPoint | undefined, baseline: Point | undefined, source: ReportTargetSource): ChosenTarget | null {
  if (!t || t.parsed.status !== 'text' || !isValue(baseline)) return null;
  const floor = BASELINE_FLOOR.test(t.parsed.text.replace(/\s+/g, ''));
  if (!floor && (parseDirection(t.parsed.text) !== 'maintain' || saysNoNumber(ind.wayOnlyTargetNote, t.parsed.text))) return null;
  return { kind: 'usable', point: t, value: { ...baseline.parsed }, source, maintains: baseline };
}

/**
 * The period's own target cell written 「－」「-」 (or 未設定, 目標なし): the plan sets no target for
 * that period, so a later period's (final) target is not silently used in its place.
 */
function writtenNoTarget(own: TargetPoint[]): TargetPoint | undefined {
  return own.find((t) => t.parsed.status === 'not-applicable' || t.parsed.status === 'no-target');
}

/**
 * The final target in place of the period's own 「－」, when the sheet's note says such a period is judged against it
 * (detect/finalTargetNote.ts): a final target of a later period (or of none), never an earlier one.
 */
function finalByNote(ind: RawIndicator, fin: TargetPoint | undefined, period: Period | null, dash: TargetPoint): ChosenTarget | null {
  if (!ind.finalTargetNote || !fin || fin === dash) return null;
  if (fin.period && (!period || fin.period.fiscalYear <= period.fiscalYear)) return null;
  return { kind: 'usable', point: fin, value: fin.parsed, source: 'final', insteadOf: dash };
}

/** A cell written with a dash alone (「－」「-」「―」): nothing for that period. */
const DASH_ONLY = /^[\s\-－―ー‐−—]+$/;
/** An actual saying the year was not surveyed or measured (「調査なし」「未調査」「非調査年」). */
const NOT_MEASURED = /^(?:調査なし|調査無し|調査せず|未調査|調査未実施|未把握|未測定|未計測|非調査年度?)$/;

/**
 * The period's own target written 「－」 beside an actual saying the year was not measured (「－」「調査なし」「未調査」) in a
 * series measured before (an earlier year has a figure: a 隔年 survey's off year, no 経済センサス that year): the dash says the
 * year has no figures, not that the plan set it no target, so the plan's final target (of a later period, or of none) is the
 * indicator's target; with no actual, no grade follows from it. A blank actual says nothing of the year yet, and a measure
 * not begun (「R6から実施」, no earlier figure) has no target for the year: the dash stays no target.
 */
function finalWhileUnmeasured(ind: RawIndicator, fin: TargetPoint | undefined, period: Period | null, dash: TargetPoint): ChosenTarget | null {
  if (!fin || fin === dash || !period || !DASH_ONLY.test(dash.parsed.text)) return null;
  if (fin.period && fin.period.fiscalYear <= period.fiscalYear) return null;
  const actual = chooseActual(ind, period).point;
  if (!actual?.period || actual.period.fiscalYear !== period.fiscalYear) return null;
  const text = actual.parsed.text.replace(/\s+/g, '');
  if (!text || !(DASH_ONLY.test(text) || NOT_MEASURED.test(text))) return null;
  const measuredBefore = ind.actuals.some((a) => a.period && a.period.fiscalYear < period.fiscalYear && isValue(a));
  return measuredBefore ? { kind: 'usable', point: fin, value: fin.parsed, source: 'final' } : null;
}

/**
 * A row's only target, a plan for the year with no year written (「年度目標」「計画値」 in a table of one year): the
 * target of the period evaluated, when the row has no final target and no dated one.
 */
function soleUndatedPlan(ind: RawIndicator): TargetPoint | undefined {
  if (ind.targets.length !== 1) return undefined;
  const t = ind.targets[0];
  return t.kind === 'expected' && !t.period && t.parsed.status === 'value' ? t : undefined;
}

export function chooseTarget(ind: RawIndicator, period: Period | null, rules: Rules, baseline: Point | undefined): ChosenTarget {
  // The year's own targets, the one standing for the year first (its closing 3月末, not a 9月末 inside it); but when the
  // actual used is a part of the year (9月末 filled, 3月末 still blank), the target of that same part pairs with it.
  const ofYear = period
    ? byStanding(
        ind.targets.filter((t) => t.period && t.period.fiscalYear === period.fiscalYear),
        period,
      )
    : [];
  const used = ofYear.length > 1 ? chooseActual(ind, period).point?.period : undefined;
  const own = [...ofYear.filter((t) => samePeriod(t.period, used)), ...ofYear.filter((t) => !samePeriod(t.period, used))];
  const ownValue = own.find((t) => t.parsed.status === 'value');
  if (rules.targetSource === 'expected' && ownValue) return { kind: 'usable', point: ownValue, value: ownValue.parsed, source: 'expected' };
  const ownMaintain = rules.targetSource === 'expected' && !ownValue ? maintainTarget(ind, own[0], baseline, 'expected') : null;
  if (ownMaintain) return ownMaintain;
  const ownDash = rules.targetSource === 'expected' && !ownValue ? writtenNoTarget(own) : undefined;
  const fin = finalTarget(ind, period);
  if (ownDash) return finalByNote(ind, fin, period, ownDash) ?? finalWhileUnmeasured(ind, fin, period, ownDash) ?? { kind: 'missing', blame: ownDash };
  if (rules.proRate && fin && fin.period && period && baseline?.period && isValue(baseline) && fin.parsed.value !== undefined && !ownValue) {
    const span = fin.period.fiscalYear - baseline.period.fiscalYear;
    if (span > 0 && period.fiscalYear < fin.period.fiscalYear) {
      const k = (period.fiscalYear - baseline.period.fiscalYear) / span;
      const v = baseline.parsed.value! + (fin.parsed.value - baseline.parsed.value!) * k;
      return { kind: 'usable', point: fin, value: { ...fin.parsed, value: v }, source: 'prorated' };
    }
  }
  if (fin) return { kind: 'usable', point: fin, value: fin.parsed, source: 'final' };
  const plan = soleUndatedPlan(ind);
  if (plan) return { kind: 'usable', point: plan, value: plan.parsed, source: 'expected' };
  // Nothing usable: point at the cell to fill (this period's own, never another year's).
  const others = ind.targets.filter((t) => perYearTargetOf(ind, t, period));
  const rest = ind.targets.filter((t) => !others.includes(t));
  const blame = own.find((t) => t.parsed.status !== 'missing') ?? own[0] ?? rest.find((t) => t.parsed.status !== 'missing') ?? rest[0];
  const maintained = maintainTarget(ind, blame, baseline, blame && own.includes(blame) ? 'expected' : 'final');
  if (maintained) return maintained;
  // A row with another year's targets and a cell of its own is told to fill that cell.
  if (blame || !others.length) return { kind: 'missing', blame };
  const filled = others.filter((t) => t.parsed.status !== 'missing');
  return { kind: 'other-year', targets: filled.length ? filled : others };
}

export function actualStatusOf(p: ParsedValue | undefined): ActualStatus {
  if (!p) return 'missing';
  switch (p.status) {
    case 'value':
      return p.ambiguous ? 'unparseable' : 'value';
    case 'missing':
      return 'missing';
    case 'pending':
      return 'pending';
    case 'not-applicable':
    case 'no-target':
      return 'not-applicable';
    case 'not-implemented':
      return 'not-implemented';
    case 'error':
      return 'error';
    default:
      return 'unparseable';
  }
}

export function quantities(p: ParsedValue): Quantity[] {
  if (p.measures) return p.measures;
  if (p.value !== undefined) return [{ value: p.value, ...(p.unit ? { unit: p.unit } : {}), ...(p.label ? { label: p.label } : {}) }];
  return [];
}
