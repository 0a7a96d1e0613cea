/**
 * Cells that hold a target and an actual together, each labelled (二段書き): 「目標 12,500 / 実績 13,010」,
 * 「目標 98⏎実績 96.4」. Read as a clerk reads them: the 目標 number is the target of the cell's period,
 * the 実績 number its actual, both at that cell; never as two measures of one actual.
 */
import type { Point, RawIndicator, TargetPoint } from '../detect';
import { classifyLabel, type Role } from '../values/labels';
import type { OneNumber, ParsedValue, Quantity } from '../values/values';

type PairRole = 'target' | 'actual';

function roleOf(label: string | undefined): PairRole | null {
  const clean = (label ?? '').replace(/^[\s/／・|｜,，、:：]+|[\s/／:：]+$/g, '');
  const role: Role | undefined = clean ? classifyLabel(clean)?.role : undefined;
  if (role === 'actual') return 'actual';
  return role === 'target' || role === 'expected' ? 'target' : null;
}

function asOne(parsed: ParsedValue, q: Quantity): OneNumber {
  const one: OneNumber = { status: 'value', value: q.value, text: parsed.text };
  if (q.unit) one.unit = q.unit;
  if (q.label) one.label = q.label;
  if (parsed.status === 'value' && parsed.qualifier) one.qualifier = parsed.qualifier;
  return one;
}

/** The target and the actual of a cell with exactly one labelled number of each, else null. */
export function splitTargetActual(parsed: ParsedValue): { target: OneNumber; actual: OneNumber } | null {
  if (parsed.status !== 'value' || !parsed.measures || parsed.measures.length !== 2) return null;
  const roles = parsed.measures.map((q) => roleOf(q.label));
  const t = roles.indexOf('target');
  const a = roles.indexOf('actual');
  if (t < 0 || a < 0) return null;
  return { target: asOne(parsed, parsed.measures[t]), actual: asOne(parsed, parsed.measures[a]) };
}

/**
 * The indicator with its paired cells split: an actual cell holding both gives the actual and a
 * target of its period (unless the row has a target of that period already); a target cell holding
 * both gives the target and an actual of its period likewise.
 */
export function withPairedCellsSplit(ind: RawIndicator): RawIndicator {
  // Only a cell read as two measures can be split: most indicators have none and are returned as they are at once.
  const splittable = (p: Point) => p.parsed.status === 'value' && p.parsed.measures?.length === 2;
  if (!ind.actuals.some(splittable) && !ind.targets.some(splittable)) return ind;
  const actuals: Point[] = [];
  const targets: TargetPoint[] = [...ind.targets];
  const samePeriod = (a: Point, b: Point) => (a.period?.fiscalYear ?? null) === (b.period?.fiscalYear ?? null);
  let changed = false;
  for (const p of ind.actuals) {
    const pair = splitTargetActual(p.parsed);
    if (!pair) {
      actuals.push(p);
      continue;
    }
    changed = true;
    actuals.push({ ...p, parsed: pair.actual });
    if (!ind.targets.some((t) => samePeriod(t, p) && t.parsed.status !== 'missing')) targets.push({ ...p, parsed: pair.target, kind: 'target' });
  }
  for (let i = 0; i < targets.length; i++) {
    const pair = splitTargetActual(targets[i].parsed);
    if (!pair) continue;
    changed = true;
    const t = targets[i];
    targets[i] = { ...t, parsed: pair.target };
    if (!actuals.some((a) => samePeriod(a, t) && a.parsed.status !== 'missing')) actuals.push({ ...t, parsed: pair.actual });
  }
  return changed ? { ...ind, actuals, targets } : ind;
}
