/**
 * Evaluates one detected indicator for the evaluation period: chooses the actual and the
 * target (choosePoints.ts), says what is wrong with them (valueFindings.ts), computes attainment
 * and the grade (attainmentOf.ts), and compares with what is written and the years before
 * (consistency.ts).
 */
import type { RawIndicator } from '../detect';
import type { Finding, IndicatorReport } from '../model/report';
import type { Period } from '../values/periods';
import type { Rules } from './rules';
import { actualStatusOf, chooseActual, chooseTarget, isValue, previousActual, quantities } from './choosePoints';
import { directionAndSource, futureDirectionOf, type DirectionSource } from './direction';
import { actualFindings, actualQualifier, provisionalActual, singleTarget, staleActual, targetFindings } from './valueFindings';
import { measurePairingGuess } from './measureGuess';
import { partsAgainstWholeGuess, rawText, summedParts } from './partsOfWhole';
import { attainmentOf, unitColumnMismatch } from './attainmentOf';
import { previousGradeOf, previousInUnit, seriesFindings, trendOf, writtenGrade } from './consistency';
import { guessesOf, indicatorCells } from './indicatorCells';
import { readWrittenTargets } from './writtenTargets';
import { withRangeTargets } from './rangeTarget';
import { withFractionActuals } from './fractionActuals';
import { implausibleReadingFindings } from './plausibility';
import { unreadDirectionFindings, unstatedDirectionFindings } from './directionGuess';
import { fallingTargetsFindings } from './fallingTargets';
import { pastTargetFindings } from './pastTarget';
import { negativeTargetFindings, negativeTargetWay } from './negativeTarget';
import { maintainExceededFindings, maintainTargetFindings } from './maintainGuess';
import { otherPeriodsUnit } from './otherPeriodsUnit';

export { perYearTargetOf } from './choosePoints';

export interface EvalContext {
  period: Period | null;
  rules: Rules;
}

export interface Evaluated {
  report: IndicatorReport;
  findings: Finding[];
  raw: RawIndicator;
}

export function evaluateIndicator(written: RawIndicator, ctx: EvalContext): Evaluated {
  const { rules, period } = ctx;
  const { ind: read, findings } = readWrittenTargets(written, period, (i) => i.baselines.find((p) => isValue(p)), rules);
  const add = (f: Finding) => findings.push(f);
  const directionRead = directionAndSource(read, rules, add);
  const ind = withFractionActuals(withRangeTargets(read, directionRead.value));
  const { point: actualPoint, columnMissing } = chooseActual(ind, period);
  const baselinePoint = ind.baselines.find((p) => isValue(p));
  const chosen = chooseTarget(ind, period, rules, baselinePoint);
  const actualParsed = actualPoint?.parsed;
  let status = actualStatusOf(actualParsed);
  const target = chosen.kind === 'usable' ? chosen : null;
  // Several unlabelled actuals against one target can still be graded (each against the target).
  if (actualParsed?.ambiguous && target && !target.value.ambiguous && quantities(target.value).length === 1) status = 'value';
  // Units: the 単位 column or name first, then the target's, then the actual's.
  const targetQs = target ? quantities(target.value) : [];
  const actualQs = actualQuantities(actualParsed, status, targetQs, { name: ind.name, unit: ind.unit, target: rawText(target?.point) });
  const direction = negativeTargetWay(ind.name, targetQs, directionRead); // a negative target's way (negativeTarget.ts)
  const unitFrom = ind.unit ? 'indicator' : targetQs.some((q) => q.unit) ? 'target' : actualQs.some((q) => q.unit) ? 'actual' : null;
  findings.push(...actualFindings(ind, actualPoint, columnMissing, period, singleTarget(chosen)));
  findings.push(...staleActual(ind, actualPoint, period, status));
  findings.push(...targetFindings(ind, chosen, period, actualPoint, status));
  const got = attainmentOf(
    { ind, rules, direction, directionSource: directionRead.source, chosen, actual: actualPoint, baseline: baselinePoint, targetQs, actualQs, status },
    findings,
  );
  findings.push(...unitColumnMismatch(ind, actualPoint, actualQs, findings));
  // Else the one unit the row's figures of other periods write (「28.9 %」 beside the period's 「-」: otherPeriodsUnit.ts).
  const unit = ind.unit ?? targetQs.find((q) => q.unit)?.unit ?? actualQs.find((q) => q.unit)?.unit ?? otherPeriodsUnit(ind);
  // Not a final figure (見込み, 約 …): graded, the grade marked provisional; measures paired by order: a guess.
  const qualifier = actualQualifier(actualPoint, got.status);
  findings.push(...provisionalActual(ind, actualPoint, got.status, got.grade));
  const pairingGuess = got.measures ? measurePairingGuess(ind, target?.point, actualPoint, targetQs, actualQs) : [];
  findings.push(...pairingGuess, ...partsAgainstWholeGuess(ind, target?.point, actualPoint, targetQs, actualQs));
  const existingGrade = writtenGrade(ind, rules, got, add);
  const prev = previousActual(ind, actualPoint, period);
  const previousGrade = previousGradeOf(ind, prev, rules, direction, baselinePoint);
  const before = prev && previousInUnit(prev, actualPoint, unit);
  const trend = trendOf(got.actual, prev, direction, got.target, before);
  findings.push(...seriesFindings(ind, rules, { point: actualPoint, value: got.actual, unit }, prev));
  const futureDirection = futureDirectionOf(ind, rules, add);

  const report: IndicatorReport = {
    sheet: ind.sheet,
    group: ind.group ?? null,
    id: ind.id,
    name: ind.name,
    unit,
    direction,
    baseline: baselinePoint?.parsed.value ?? null,
    target: got.measures ? null : got.target,
    targetSource: target?.source ?? null,
    actual: got.measures ? null : got.actual,
    actualStatus: qualifier ?? got.status,
    attainment: got.attainment,
    grade: got.grade,
    existingGrade,
    previousGrade,
    cells: indicatorCells(ind, {
      actual: actualPoint,
      target: target?.point.cell ?? (chosen.kind === 'missing' ? chosen.blame?.cell : null) ?? null,
      baseline: baselinePoint,
      unitFrom,
      direction: directionRead.cell,
    }),
    guesses: guessesOf(ind),
    actualPeriod: actualPoint?.period?.label ?? actualParsed?.notePeriod?.label ?? null,
    previousActual: before ?? null,
    trend,
    futureDirection,
    department: ind.department ?? null,
    cumulative: ind.cumulative,
    layout: ind.layout,
  };
  if (got.measures) report.measures = got.measures;
  if (qualifier && got.grade !== null) report.gradeProvisional = true;
  findings.push(...lateGuesses(report, ind, pairingGuess, directionRead.source, ctx));
  findings.push(...pastTargetFindings(report, chosen, actualPoint, period));
  return { report, findings, raw: ind };
}

/** The actual's figures, kinds' parts added up against one target of their whole (「EV12・PHV8」 against 20: partsOfWhole.ts). */
function actualQuantities(
  parsed: Parameters<typeof quantities>[0] | undefined,
  status: ReturnType<typeof actualStatusOf>,
  targetQs: ReturnType<typeof quantities>,
  whole: Parameters<typeof summedParts>[2],
): ReturnType<typeof quantities> {
  return parsed && status === 'value' ? summedParts(targetQs, quantities(parsed), whole) : [];
}

/**
 * The guesses found once the report stands: the measures' pairing guess (into the report's guesses), a reading very unlikely
 * to be right (a sentence as the name, an actual 20 times its target: plausibility.ts), a direction up by default while
 * the target lies below the baseline (directionGuess.ts) or the yearly targets fall (fallingTargets.ts), and a 維持 read as up with the actual above the target
 * (maintainGuess.ts), never silent.
 */
function lateGuesses(report: IndicatorReport, ind: RawIndicator, pairingGuess: Finding[], source: DirectionSource, ctx: EvalContext): Finding[] {
  const { period, rules } = ctx;
  for (const g of pairingGuess)
    if (g.code === 'reading-uncertain' && 'variant' in g.params) report.guesses.push({ reason: g.params.reason, cells: g.params.cells });
  // An original target a revision replaced (当初目標 30,000 over the baseline, 修正目標 22,000 under it) shows the way first aimed.
  const targetValues = [...ind.targets.map((t) => (t.parsed.status === 'value' ? t.parsed.value : undefined)), ...(ind.revisedFrom ?? [])];
  return [
    ...implausibleReadingFindings(report, period),
    ...unstatedDirectionFindings(report, source, targetValues, period),
    ...fallingTargetsFindings(report, ind, source, period),
    ...unreadDirectionFindings(report, source, ind.unreadDirection, period),
    ...maintainExceededFindings(report, ind, rules, period),
    ...maintainTargetFindings(report, ind, period),
    ...negativeTargetFindings(report, source, rules.method, period),
  ];
}
