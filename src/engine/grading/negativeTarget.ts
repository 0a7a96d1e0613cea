/**
 * A target below zero (「△10％」 of a 削減率, 「△100人」 of a 社会増減) under the ratio method: actual ÷ target means nothing
 * there (−150 against −100 was 150 %, an A for a worse figure), so bands.ts `attainment` compares the sizes by the way: up,
 * the target is a floor (−100 against −150: 67 %); down, a reduction to reach (−8 against −10: 80 %). Which way a negative
 * target means is seldom stated: with no way stated anywhere, a name saying reduction (削減, 減少, 縮減, 低減) reads down, any
 * other up, and the grade rests on that guess — a `target-negative` reading-uncertain finding naming the target and actual.
 */
import { guessFinding } from '../model/findings';
import type { Finding, IndicatorReport } from '../model/report';
import type { Direction } from '../values/labels';
import type { Quantity } from '../values/values';
import type { Period } from '../values/periods';
import type { DirectionSource } from './direction';

/** A name whose figure is a reduction: written negative (△10％), more of it is a lower figure. */
const REDUCTION = /削減|減少|縮減|低減|縮小/;

/** The way a graded negative target is read with no way stated: down for a reduction named, else as read (up). */
export function negativeTargetWay(name: string, targets: readonly Quantity[], read: { value: Direction; source: DirectionSource }): Direction {
  if (read.source !== 'default' || read.value === 'maintain' || targets.length !== 1 || !(targets[0]!.value < 0)) return read.value;
  return REDUCTION.test(name) ? 'down' : read.value;
}

/** The guess when a negative target was graded with no way stated (its way read as above), else none. */
export function negativeTargetFindings(r: IndicatorReport, source: DirectionSource, method: string, period: Period | null): Finding[] {
  if (source !== 'default' || method !== 'ratio' || r.direction === 'maintain' || r.grade === null) return [];
  if (r.target === null || !(r.target < 0) || !r.cells.target || !r.cells.actual) return [];
  const guess = { reason: 'target-negative' as const, cells: [r.cells.target, r.cells.actual] };
  r.guesses.push(guess);
  return [guessFinding(r.sheet, r.name, guess, period?.label ?? null)];
}
