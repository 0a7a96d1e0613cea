/**
 * How an evaluation agrees with what is already written and with the years before: the grade
 * written in the sheet, last period's grade, the trend, a cumulative indicator that falls, a jump
 * of ten times.
 */
import type { Point, RawIndicator } from '../detect';
import { finding } from '../model/findings';
import type { ActualStatus, Finding, Trend } from '../model/report';
import type { Direction } from '../values/labels';
import { periodOrder, type Period } from '../values/periods';
import { conversionFactor } from '../values/units';
import { readGrade } from './gradeMarks';
import { onScale, otherScaleGrade } from './otherScales';
import { gradeFor } from './bands';
import { chooseTarget, isValue } from './choosePoints';
import type { Rules } from './rules';
import { bandedAttainment } from './tolerance';

/** A cell of dashes alone (「－」「―」「-」): nothing written on purpose. */
const DASHES = /^[\s\-－―ー‐—–]+$/;

/**
 * The grade written in the sheet, with findings when it is not a grade or differs from the computed one. A grade of
 * another well-known scale (otherScales.ts) is returned as written, with its finding and no comparison.
 */
export function writtenGrade(
  ind: RawIndicator,
  rules: Rules,
  computed: { grade: string | null; attainment: number | null; status: ActualStatus },
  add: (f: Finding) => void,
): string | null {
  if (!ind.gradeCell) return null;
  const place = { sheet: ind.gradeCell.sheet ?? ind.sheet, cell: ind.gradeCell.cell, indicator: ind.name };
  const scale = rules.scale.map((b) => ({ grade: b.grade, label: b.label }));
  // A letter of the sheet's own lower-case scale (「b」 under 「a：目標値に達した　b：…」, detect/letterLegend.ts): as written, never compared.
  const own = ind.gradeCell.ownScale;
  if (own && typeof ind.gradeCell.raw === 'string') {
    const written = ind.gradeCell.raw.normalize('NFKC').trim();
    add(finding('rating-invalid', place, { variant: 'other-scale', written, grade: written, marks: [...own], scale, computed: computed.grade }));
    return written;
  }
  // A mark the sheet's legend gives a grade of the scale (「◎ 順調(A)」) is that grade (detect/markLegend.ts).
  const means = ind.gradeCell.means && onScale(ind.gradeCell.means, rules.scale) ? ind.gradeCell.means : undefined;
  const g = readGrade(means ?? ind.gradeCell.raw, rules.scale);
  // A grade of another well-known scale (◎ under A–D) is the department's as written: reported, never compared.
  const other = g && g.grade === null ? otherScaleGrade(ind.gradeCell.raw, rules.scale) : null;
  if (other) {
    add(
      finding('rating-invalid', place, {
        variant: 'other-scale',
        written: g!.text,
        grade: other.grade,
        marks: [...other.marks],
        scale,
        computed: computed.grade,
      }),
    );
    return other.grade;
  }
  // 「－」 in the grade cell of an indicator nothing could grade (actual 「－」, not yet known) says just that: no grade, nothing invalid.
  const dashForNone = g !== null && DASHES.test(g.text) && computed.grade === null;
  if (g && g.grade === null && !dashForNone) add(finding('rating-invalid', place, { variant: 'indicator', written: g.text, scale }));
  const existing = g?.grade ?? null;
  if (existing && computed.grade && existing !== computed.grade)
    add(
      finding('rating-mismatch', place, {
        variant: 'indicator',
        written: existing,
        computed: computed.grade,
        attainment: computed.attainment,
        notImplemented: computed.status === 'not-implemented',
      }),
    );
  return existing;
}

/** Last period's grade: written, else computed from that period's figures against its own target (with the rules' tolerance band). */
export function previousGradeOf(ind: RawIndicator, prev: Point | undefined, rules: Rules, direction: Direction, baseline: Point | undefined): string | null {
  if (ind.previousGradeCell) return readGrade(ind.previousGradeCell.means ?? ind.previousGradeCell.raw, rules.scale)?.grade ?? null;
  if (!prev?.period || prev.parsed.value === undefined) return null;
  const pt = chooseTarget(ind, prev.period, rules, baseline);
  if (pt.kind !== 'usable' || pt.value.value === undefined || pt.source !== 'expected') return null;
  const unit = ind.unit ?? pt.value.unit ?? prev.parsed.unit;
  const r = bandedAttainment({ name: ind.name, unit, actual: prev.parsed.value, target: pt.value.value, direction, baseline: baseline?.parsed.value }, rules);
  return r.attainment === null ? null : gradeFor(r.attainment, rules.scale);
}

/** Better, worse or the same as the period before (for 維持: nearer the target or not); `before`: its figure in the actual's unit. */
export function trendOf(
  actual: number | null,
  prev: Point | undefined,
  direction: Direction,
  target: number | null,
  before: number | undefined = prev?.parsed.value,
): Trend | null {
  if (before === undefined || actual === null) return null;
  const a = actual;
  const b = before;
  if (direction === 'maintain' && target !== null) {
    const da = Math.abs(a - target);
    const db = Math.abs(b - target);
    return da < db ? 'improved' : da > db ? 'worsened' : 'unchanged';
  }
  if (a === b) return 'unchanged';
  return a > b === (direction !== 'down') ? 'improved' : 'worsened';
}

/** Series checks: a cumulative indicator that goes down, an actual ten times (or a tenth of) the previous one. */
export function seriesFindings(
  ind: RawIndicator,
  rules: Rules,
  actual: { point: Point | undefined; value: number | null; unit?: string | null },
  prev: Point | undefined,
): Finding[] {
  const out: Finding[] = [];
  const series = ind.actuals.filter((p) => p.period && isValue(p)).sort((x, y) => periodOrder(x.period!) - periodOrder(y.period!));
  if (ind.cumulative) {
    const i = series.findIndex((p, k) => k > 0 && p.parsed.value! < series[k - 1].parsed.value!);
    if (i > 0)
      out.push(
        finding(
          'cumulative-decrease',
          { sheet: ind.sheet, cell: series[i].cell, indicator: ind.name },
          { from: pointOf(series[i - 1]), to: pointOf(series[i]) },
        ),
      );
  }
  const a = actual.value;
  const before = prev && previousInUnit(prev, actual.point, actual.unit);
  if (prev && before && a !== null && before > 0 && a > 0) {
    const ratio = a / before;
    if (ratio > rules.outlierFactor || ratio < 1 / rules.outlierFactor)
      out.push(
        finding(
          'outlier-jump',
          { sheet: ind.sheet, cell: actual.point!.cell, indicator: ind.name },
          { previous: { ...pointOf(prev), value: before }, actual: a },
        ),
      );
  }
  return out;
}

/**
 * The previous year's figure in the unit the actual was graded in (10.6 千人 beside an actual converted to 11,400 人 is
 * 10,600 人): a figure with no unit of its own shares the actual's as written; units that do not convert leave it as written.
 */
export function previousInUnit(prev: Point, actual: Point | undefined, unit: string | null | undefined): number | undefined {
  const v = prev.parsed.value;
  if (v === undefined) return undefined;
  const factor = conversionFactor(prev.parsed.unit ?? actual?.parsed.unit, unit ?? undefined);
  return factor === null ? v : v * factor;
}

const pointOf = (p: Point): { period: string; value: number } => ({ period: (p.period as Period).label, value: p.parsed.value! });
