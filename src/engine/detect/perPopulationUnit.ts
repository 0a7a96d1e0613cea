/**
 * A rate per head of population written after the name (「結核り患率（人口10万対）」「自殺死亡率（人口10万人当たり）」「（千人当たり）」):
 * the scale the figure is counted in, so the indicator's unit when nothing else on the sheet gives one (a heading over the
 * years 「結核り患率（人口10万対）」 over 目標値 | 実績値), taken off the name. Beside a unit column (単位 | 人) the bracket stays in the
 * name as written, the column's unit the unit. A bracket per one head (「（1人当たり）」「（1人1日当たり）」) is no scale of population:
 * it stays in the name.
 */
import type { RawIndicator } from './types';

/** 人口10万対, 人口10万人当たり, 10万人あたり, 人口千対, 千人当たり: a population scale of a thousand or more, then 対 / 当たり. */
const PER_POPULATION = /^(?:人口)?(?:[1-9][0-9]*)?(?:千|万|百万)人?(?:対|当たり|当り|あたり)$/;

/** The per-population bracket ending a name: the name without it and the bracket's words as the unit, or null. */
export function perPopulationBracket(name: string): { name: string; unit: string } | null {
  const m = /^(.+?)[\s　]*[（(]([^（()）]+)[)）][\s　]*$/.exec(name);
  if (!m) return null;
  const unit = m[2].normalize('NFKC').replace(/\s+/g, '');
  return PER_POPULATION.test(unit) ? { name: m[1], unit } : null;
}

/** Gives an indicator with no unit the per-population bracket ending its name as its unit, taken off the name. */
export function applyPerPopulationUnit(ind: RawIndicator): void {
  if (ind.unit) return;
  const found = perPopulationBracket(ind.name);
  if (!found) return;
  [ind.name, ind.unit] = [found.name, found.unit];
  ind.unitCell = ind.nameCell;
}
