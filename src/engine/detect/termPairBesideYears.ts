/**
 * A term's running total written as its own target｜actual pair under one heading naming the 累計 (「計画期間累計（R4～R6）」 merged
 * over 目標 | 実績), beside each year's own target｜actual pair (令和４年度 | 令和５年度 | 令和６年度 each over 目標 | 実績): the clerk
 * grades each year on its own pair, and the 累計 pair is the term's progress, derived from the years, never the year's target nor
 * the actual to compare (nor are the years' actuals to be added up against it: runningTotal.ts). Both columns of the pair become
 * derived. Only where the one heading stands over both the target and the actual, two or more years each have a target and an
 * actual column of their own (a year's 計画 | 実績 pair counts), the latest year with an actual among them, and no note says the
 * grade is taken on the 累計 (gradedOnCumulative.ts: then the pair is read).
 * A 累計 target beside yearly actuals alone (no yearly target), or a 累計 target with no actual of its own under its heading, is
 * left to cumulativeTarget.ts.
 */
import type { Column } from './column';
import { headingTexts } from './cumulativeTwins';
import { gradedOnCumulative } from './gradedOnCumulative';
import type { Grid } from './grid';

/**
 * How many fiscal years have both a target (目標, or the year's 計画: review rv71) and an actual column of their own; none when
 * the latest year with an actual column has no target of its own (令和６年度 over 実績 alone beside the 累計 pair: that year's
 * target is the term's, review rv71).
 */
function pairedYears(columns: Column[]): number {
  const years = (roles: string[]) =>
    new Set(columns.filter((c) => roles.includes(c.role) && c.period?.kind === 'fiscal' && !c.pair).map((c) => c.period!.fiscalYear));
  const actual = years(['actual']);
  const target = years(['target', 'expected']);
  if (!actual.size || !target.has(Math.max(...actual))) return 0;
  return [...target].filter((y) => actual.has(y)).length;
}

/** The undated actual under the same heading cell as the 累計 target `t` (the heading merged over both), or undefined. */
function actualUnderSameHeading(grid: Grid, columns: Column[], t: Column): Column | undefined {
  if (t.cells.length < 2) return undefined;
  const top = t.cells[0];
  if (!/累計/.test(headingTexts(grid, [top]).join(''))) return undefined;
  return columns.find((c) => c.role === 'actual' && !c.period && c.cells.length >= 2 && c.cells[0] === top);
}

/** Marks such term pairs derived (in place); returns the cumulative targets left to read as such. */
export function termPairBesideYears(grid: Grid, columns: Column[], targets: Column[]): Column[] {
  if (pairedYears(columns) < 2) return targets;
  const pairs = targets.map((t) => [t, actualUnderSameHeading(grid, columns, t)] as const).filter(([, a]) => a);
  if (!pairs.length || gradedOnCumulative(grid)) return targets;
  for (const [t, a] of pairs) {
    t.role = 'derived';
    a!.role = 'derived';
  }
  return targets.filter((t) => t.role === 'target');
}
