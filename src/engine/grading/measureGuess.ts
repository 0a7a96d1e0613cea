/**
 * Whether the pairing of several target measures with several actual measures rests on a guess:
 * their labels do not match one to one, so they were paired in the order written (attainmentOf.ts).
 */
import type { Point, RawIndicator, TargetPoint } from '../detect';
import { finding } from '../model/findings';
import type { Finding } from '../model/report';
import type { Quantity } from '../values/values';
import { pairByLabel } from './measureLabels';

/**
 * True when target and actual each hold several measures and the target's labels do not all pair with the actual's
 * (measureLabels.ts), unless both cells number their measures with the same marks in the same order (①利用者数 18,000人 /
 * ①16,254人): paired in order, they pair by their numbers, no guess.
 */
export function pairedByOrder(targets: readonly Quantity[], actuals: readonly Quantity[]): boolean {
  if (targets.length < 2 || actuals.length < 2) return false;
  // Words on both sides that do not pair (①来所相談 / ①電話) say otherwise than the marks: still a guess.
  const marksOnly = (qs: readonly Quantity[]) => qs.every((q) => !q.label || q.label === q.mark);
  const sameMarks =
    targets.length === actuals.length && targets.every((q, i) => !!q.mark && q.mark === actuals[i].mark) && (marksOnly(targets) || marksOnly(actuals));
  return !sameMarks && !pairByLabel(targets, actuals);
}

/** A reading-uncertain finding (naming the actual's and the target's cells) when the measures were paired by order. */
export function measurePairingGuess(
  ind: RawIndicator,
  target: TargetPoint | undefined,
  actual: Point | undefined,
  targets: readonly Quantity[],
  actuals: readonly Quantity[],
): Finding[] {
  if (!target || !actual || !pairedByOrder(targets, actuals)) return [];
  return [
    finding(
      'reading-uncertain',
      { sheet: ind.sheet, cell: actual.cell, indicator: ind.name },
      { variant: 'guess', reason: 'measures-by-order', cells: [actual.cell, target.cell], period: null },
    ),
  ];
}
