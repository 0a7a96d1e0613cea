/**
 * Attainment and grade of one indicator: its target and actual measures paired (by label, else by
 * position), units converted where they can be, each pair's attainment, the lowest graded.
 */
import type { Point, RawIndicator, TargetPoint } from '../detect';
import { finding } from '../model/findings';
import type { ActualStatus, Finding, MeasureReport } from '../model/report';
import type { Direction } from '../values/labels';
import { conversionFactor } from '../values/units';
import type { Quantity } from '../values/values';
import { gradeFor } from './bands';
import { pairByLabel } from './measureLabels';
import type { ChosenTarget } from './choosePoints';
import type { Rules } from './rules';
import { bandedAttainment } from './tolerance';
import { beyondRange } from './rangeTarget';
import { gradeByPointGap, isPointUnit } from './pointGapLegend';

export interface Attained {
  attainment: number | null;
  grade: string | null;
  /** Several measures (each with its attainment), or none. */
  measures?: MeasureReport[];
  actual: number | null;
  target: number | null;
  /** `unparseable` when the target's and the actual's measures do not pair. */
  status: ActualStatus;
}

/** Pairs target and actual measures by label, else by position. */
function pairMeasures(t: Quantity[], a: Quantity[]): [Quantity, Quantity][] | null {
  if (t.length === 1 && a.length === 1) return [[t[0], a[0]]];
  const byLabel = pairByLabel(t, a);
  if (byLabel) return byLabel;
  if (t.length === a.length) return t.map((q, i) => [q, a[i]]);
  // One target, several actuals (events counted separately): each is compared with the target.
  if (t.length === 1) return a.map((q) => [t[0], q]);
  return null;
}

export interface AttainmentInput {
  ind: RawIndicator;
  rules: Rules;
  direction: Direction;
  /** Where the direction was read (direction.ts directionWithSource): 'default' when no way is stated anywhere. */
  directionSource?: string;
  chosen: ChosenTarget;
  actual: Point | undefined;
  baseline: Point | undefined;
  targetQs: Quantity[];
  actualQs: Quantity[];
  status: ActualStatus;
}

/**
 * The grade from the figures (未実施 gets the rules' grade, unless the row is laid out for another
 * year). `findings` holds what was found so far: a reason is said once, not again after a target finding.
 */
export function attainmentOf(x: AttainmentInput, findings: Finding[]): Attained {
  const { ind, rules, chosen, status } = x;
  const out: Attained = { attainment: null, grade: null, actual: null, target: null, status };
  // A row whose only targets are another year's stands in a table laid out for that year: its grade
  // cell is that year's too, so not even 未実施 is graded into it.
  const laidOutForOtherYear = chosen.kind === 'other-year';
  if (status === 'not-implemented') {
    if (!laidOutForOtherYear) out.grade = rules.notImplementedGrade;
  } else if (status === 'value' && x.targetQs.length && x.actualQs.length && chosen.kind === 'usable') {
    if (chosen.maintains)
      findings.push(
        finding(
          'target-maintain',
          { sheet: ind.sheet, cell: chosen.point.cell, indicator: ind.name },
          { written: chosen.point.parsed.text, baseline: chosen.maintains.parsed.value!, baselineCell: chosen.maintains.cell },
        ),
      );
    const pairs = pairMeasures(x.targetQs, x.actualQs);
    if (!pairs) {
      findings.push(
        finding(
          'value-unparseable',
          { sheet: ind.sheet, cell: x.actual!.cell, indicator: ind.name },
          { variant: 'measures', target: chosen.value.text, actual: x.actual!.parsed.text },
        ),
      );
      out.status = 'unparseable';
    } else {
      const results = pairs.map(([t, a]) => measureOf(x, chosen.point, t, a, pairs.length, findings));
      if (results.every((m) => m.attainment !== null)) {
        out.attainment = Math.min(...results.map((m) => m.attainment!));
        out.grade = gradeFor(out.attainment, rules.scale);
        // A sheet grading its rates by the points short of the target (pointGapLegend.ts): that scale, for a rate.
        const one = results.length === 1 ? results[0] : null;
        if (rules.pointGaps && one && isPointUnit(one.unit)) out.grade = gradeByPointGap(one.actual!, one.target!, x.direction, rules.pointGaps);
      }
      if (results.length > 1) out.measures = results;
      else {
        out.actual = results[0].actual;
        out.target = results[0].target;
      }
    }
  }
  if (!out.measures && out.actual === null && out.status === 'value' && x.actualQs.length === 1) out.actual = x.actualQs[0].value;
  if (!out.measures && out.target === null && x.targetQs.length === 1) out.target = x.targetQs[0].value;
  return out;
}

/** Whether an actual, in `unit` where it has none of its own, stands within 20 times either way of a target (a plausible pair). */
function near(a: Quantity, target: number, unit: string | undefined): boolean {
  const factor = conversionFactor(a.unit, unit);
  if (factor === null || target === 0) return true;
  const ratio = Math.abs((a.value * factor) / target);
  return ratio <= 20 && ratio >= 1 / 20;
}

/** One target/actual pair: the actual in the target's unit, its attainment, and what keeps it from one. */
function measureOf(x: AttainmentInput, point: TargetPoint, t: Quantity, a: Quantity, pairs: number, findings: Finding[]): MeasureReport {
  const { ind } = x;
  const actualCell = x.actual!.cell;
  let av = a.value;
  // A target written in a scaled form of the indicator's unit (「22千人」 for an indicator in 人) is read in the indicator's unit,
  // unless that makes the actual beside it absurd where the target as written does not (a bare 150000000 beside 「1億6,000万円」
  // in a 億円 column is in the target's 円).
  const own = pairs === 1 ? ind.unit : undefined;
  const toOwn = own && t.unit ? conversionFactor(t.unit, own) : null;
  const scale = toOwn !== null && (near(a, t.value * toOwn, own) || !near(a, t.value, t.unit)) ? toOwn : null;
  const tv = scale === null ? t.value : t.value * scale;
  const tu = scale === null ? (t.unit ?? own) : own;
  const au = a.unit;
  const factor = conversionFactor(au, tu);
  if (factor === null) {
    if (!findings.some((f) => f.code === 'unit-mismatch' && f.params.variant === 'target-actual'))
      findings.push(
        finding(
          'unit-mismatch',
          { sheet: ind.sheet, cell: actualCell, indicator: ind.name },
          { variant: 'target-actual', targetUnit: tu ?? null, actualUnit: au ?? null, targetCell: point.cell, actualCell },
        ),
      );
  } else if (factor !== 1) av = Number((av * factor).toPrecision(12)); // 136000 万円 → 13.6 億円, not 13.600000000000001
  const unit = tu ?? au ?? null;
  const att = gradedAttainment(x, point, av, tv, unit, findings);
  return { label: t.label ?? a.label ?? '', target: tv, actual: av, unit, attainment: att };
}

/**
 * The attainment of one pair under the rules: the tolerance band (評価設定) replaces the relative
 * tolerance and counts an actual within it as met; what keeps it from a number, an actual that moved
 * back past the baseline, and a band that made the difference are findings.
 */
function gradedAttainment(x: AttainmentInput, point: TargetPoint, actual: number, target: number, unit: string | null, findings: Finding[]): number | null {
  const { ind, rules, direction } = x;
  const place = { sheet: ind.sheet, cell: point.cell, indicator: ind.name };
  const baseline = x.baseline?.parsed.value;
  const r = bandedAttainment({ name: ind.name, unit, actual, target, direction, baseline }, rules);
  if (r.attainment === null) {
    if (!findings.some((f) => f.code === 'progress-undefined' || f.code === 'missing-target')) {
      if (r.reason === 'target-zero') findings.push(finding('missing-target', place, { variant: 'zero' }));
      else findings.push(finding('progress-undefined', place, { reason: r.reason }));
    }
    return null;
  }
  if (r.band !== null) {
    findings.push(finding('tolerance-met', { ...place, cell: x.actual!.cell }, { actual, target, band: r.band, unit, maintain: direction === 'maintain' }));
    return 1;
  }
  // 「80～90％」 with 92.4 and no way stated: above the range is no full attainment (rangeTarget.ts); the ratio method only.
  const beyond = rules.method === 'ratio' ? beyondRange(point.raw, actual, target, { value: direction, source: x.directionSource ?? 'default' }) : null;
  if (beyond) {
    const { low, high, side, attainment } = beyond;
    findings.push(finding('range-exceeded', { ...place, cell: x.actual!.cell }, { actual, low, high, unit, side, attainment }));
    return attainment;
  }
  if (rules.method === 'progress' && direction !== 'maintain' && r.attainment < 0 && baseline !== undefined)
    findings.push(
      finding(
        'progress-backward',
        { ...place, cell: x.actual!.cell },
        { progress: r.attainment, baseline, actual, grade: rules.scale[rules.scale.length - 1].grade },
      ),
    );
  return r.attainment;
}

/** A unit column that disagrees with the unit written in the actual's cell. */
export function unitColumnMismatch(ind: RawIndicator, actual: Point | undefined, actualQs: Quantity[], findings: Finding[]): Finding[] {
  const written = actualQs.length === 1 ? actualQs[0].unit : undefined;
  if (!ind.unit || !written || conversionFactor(written, ind.unit) !== null || findings.some((f) => f.code === 'unit-mismatch')) return [];
  return [finding('unit-mismatch', { sheet: ind.sheet, cell: actual!.cell, indicator: ind.name }, { variant: 'column', unit: ind.unit, actualUnit: written })];
}
