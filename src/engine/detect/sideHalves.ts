/**
 * A 目標値 table and a 実績値 table side by side under one header row, each with its own name column
 * (指標名 | 目標値 || 指標名 | 実績値), the rows maybe in another order: each indicator is read once on
 * each side, one half with only targets, the other with only actuals. The halves of the same name
 * (or ID) are one indicator: the left one takes the other's figures and cells. Only a name written
 * the same joins (a name written otherwise stays two halves, each said to lack its target or actual).
 */
import type { RawIndicator } from './types';

const key = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[\s　・]/g, '')
    .toLowerCase();

const onlyTargets = (i: RawIndicator) => i.targets.length > 0 && i.actuals.length === 0;
const onlyActuals = (i: RawIndicator) => i.actuals.length > 0 && i.targets.length === 0;

/** The one half on another side with the same ID, else the same name, holding what `ind` lacks. */
function partner(ind: RawIndicator, side: number, sides: RawIndicator[][], taken: Set<RawIndicator>): RawIndicator | undefined {
  const fits = onlyTargets(ind) ? onlyActuals : onlyActuals(ind) ? onlyTargets : null;
  if (!fits) return undefined;
  const others = sides.flatMap((s, i) => (i === side ? [] : s)).filter((o) => !taken.has(o) && fits(o));
  for (const same of [(o: RawIndicator) => !!ind.id && !!o.id && key(o.id) === key(ind.id), (o: RawIndicator) => key(o.name) === key(ind.name)]) {
    const found = others.filter(same);
    if (found.length === 1) return found[0];
    if (found.length > 1) return undefined;
  }
  return undefined;
}

/** `into` takes the figures and the cells `from` has and it lacks. */
function absorb(into: RawIndicator, from: RawIndicator): void {
  into.targets.push(...from.targets);
  into.actuals.push(...from.actuals);
  into.baselines.push(...from.baselines);
  for (const k of [
    'unit',
    'unitCell',
    'description',
    'descriptionCell',
    'note',
    'noteCell',
    'statedDirection',
    'gradeCell',
    'gradeCells',
    'previousGradeCell',
    'futureDirection',
  ] as const)
    if (into[k] === undefined && from[k] !== undefined) (into as unknown as Record<string, unknown>)[k] = from[k];
  into.id ??= from.id;
  into.cumulative ||= from.cumulative;
  into.wordsForDirection = `${into.wordsForDirection} ${from.wordsForDirection}`.trim();
  if (from.guesses?.length) (into.guesses ??= []).push(...from.guesses);
}

/** The indicators of side-by-side tables under one header, the target and actual halves of one indicator joined. */
export function joinSideHalves(sides: RawIndicator[][]): RawIndicator[] {
  if (sides.length < 2) return sides.flat();
  const taken = new Set<RawIndicator>();
  sides.forEach((side, s) => {
    for (const ind of side) {
      if (taken.has(ind)) continue;
      const other = partner(ind, s, sides, taken);
      if (!other) continue;
      absorb(ind, other);
      taken.add(other);
    }
  });
  return sides.flat().filter((i) => !taken.has(i));
}
