/**
 * Pairing the measures of a target cell with those of an actual cell by their labels: the same label, or a label
 * shortened in one of the cells (「商談会参加事業者 30社」 as target, 「参加事業者 24社」 as actual: one label ends with
 * the other). Each measure pairs with one other only; when any does not, the labels do not pair (the caller pairs by order).
 */
import type { Quantity } from '../values/values';

function sameMeasure(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length < b.length ? [a, b] : [b, a];
  return short.length >= 2 && long.endsWith(short);
}

/** The target's measures each paired with the actual's measure of the same (or shortened) label, or null. */
export function pairByLabel(targets: readonly Quantity[], actuals: readonly Quantity[]): [Quantity, Quantity][] | null {
  if (!targets.every((q) => q.label)) return null;
  const pairs: [Quantity, Quantity][] = [];
  const used = new Set<Quantity>();
  // Exact labels first, so that a shortened label never takes a measure another label names exactly.
  for (const exact of [true, false]) {
    for (const q of targets) {
      if (pairs.some(([t]) => t === q)) continue;
      const found = actuals.filter((x) => !used.has(x) && x.label && (exact ? x.label === q.label : sameMeasure(x.label, q.label!)));
      if (found.length > 1 && !exact) return null;
      if (found.length) {
        pairs.push([q, found[0]]);
        used.add(found[0]);
      }
    }
  }
  if (pairs.length !== targets.length) return null;
  return targets.map((q) => pairs.find(([t]) => t === q)!);
}
