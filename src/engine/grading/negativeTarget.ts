/**
 * A target below zero (「△10％」 of a 削減率, 「△1.0％」 of a 医療費の伸び率, 「△100人」 of a 社会増減) under the ratio method:
 * actual ÷ target means nothing there, so bands.ts `attainment` compares the sizes by the way: down, a reduction to reach
 * (−8 against −10: 80 %); up, a floor (−150 against −100: 67 %). A negative target is most often a reduction written with
 * △: with no way stated it reads down, and a name measuring a cut (削減率, 縮減, 低減) reads down even under a stated ↑ (the
 * arrow says more of the cut). Only a stated way up of any other name makes it a floor (社会増減数 増加). With no way stated
 * the grade rests on a guess — a `target-negative` reading-uncertain finding naming the target and actual.
 */
import { guessFinding } from '../model/findings';
import type { Finding, IndicatorReport } from '../model/report';
import type { Direction } from '../values/labels';
import type { Quantity } from '../values/values';
import type { Period } from '../values/periods';
import type { DirectionSource } from './direction';

/** A name measuring a cut: written negative (△10％), more of it is a lower figure (減少 alone is no such word: 人口減少対策). */
const CUT = /削減|縮減|低減/;

/** The way a graded negative target is read: down with no way stated or for a cut named, else as stated. */
export function negativeTargetWay(name: string, targets: readonly Quantity[], read: { value: Direction; source: DirectionSource }): Direction {
  if (read.value === 'maintain' || targets.length !== 1 || !(targets[0]!.value < 0)) return read.value;
  return read.source === 'default' || CUT.test(name) ? 'down' : read.value;
}

/** The guess when a negative target was graded with no way stated (its way read as above), else none. */
export function negativeTargetFindings(r: IndicatorReport, source: DirectionSource, method: string, period: Period | null): Finding[] {
  if (source !== 'default' || method !== 'ratio' || r.direction === 'maintain' || r.grade === null) return [];
  if (r.target === null || !(r.target < 0) || !r.cells.target || !r.cells.actual) return [];
  const guess = { reason: 'target-negative' as const, cells: [r.cells.target, r.cells.actual] };
  r.guesses.push(guess);
  return [guessFinding(r.sheet, r.name, guess, period?.label ?? null)];
}
