/**
 * The unit an indicator's figures write in the other periods of its row when the evaluated period's cells write none
 * (「18～29歳の投票率」 with 「28.9 %」 under 令和6年3月末 and 「-」 under 令和7年3月末, no election that year): a clerk reads the
 * row's unit off its figures. Used only when no 単位 cell, name, target or actual of the period gives one. Guards: every figure
 * of the row (targets, actuals, baselines) writing a unit writes the same one (compared through canonicalUnit), a target and an
 * actual among them (a last year's actual alone, 「142台」 beside a closed project's 「－」, gives none); rows mixing units
 * (「35 %」 beside 「120 人」) or writing none give none.
 */
import type { RawIndicator } from '../detect';
import { canonicalUnit } from '../values/units';

/** The one unit the row's figures write, or null. */
export function otherPeriodsUnit(ind: RawIndicator): string | null {
  const written = [...ind.targets, ...ind.actuals, ...ind.baselines].flatMap((p) => (p.parsed.unit ? [p.parsed.unit] : []));
  // A target and an actual of the row both write it: a 前年度実績 alone (「142台」 beside a project's 「－」 of 事業廃止) gives none.
  if (!ind.targets.some((p) => p.parsed.unit) || !ind.actuals.some((p) => p.parsed.unit)) return null;
  return new Set(written.map((u) => canonicalUnit(u))).size === 1 ? written[0] : null;
}
