/**
 * A level (a rate, a share: ％, 率) has no running total: in a table whose targets are all 累計, so that the 累計 actual column
 * is read and its 単年度 twin left as derived (cumulativeTwins.ts), a level's row holds 「－」 in the 累計 column (「率のため累計
 * なし」) and its figure in the 単年度 one. That row's actual is the single-year figure of the same year. Only a dash in the 累計
 * cell gives way (a blank or 集計中 stays as read), only to a figure, and only for a level: a count whose 累計 is 「－」 keeps it,
 * its single year being no total to set against a 累計 target. Nor a figure far below the target's size for a rate no survey
 * gives (公園の整備率 2.1 against 60: the year's added points, review rv75): the dash then stays, no grade.
 */
import type { Column } from './column';
import { point } from './common';
import { headingText } from './cumulativeTwins';
import { isLevel } from './cumulativeTarget';
import type { Grid } from './grid';
import type { RawIndicator } from './types';
import { compactForPeriod, findPeriod } from '../values/periods';

const CUMULATIVE = /累計/;

/**
 * A rate a survey or a count of the year gives (満足度, 受診率, …と回答した割合): its 単年度 figure is the year's level, whatever
 * its size. 割合 and 利用率 alone are no such word (「LED化割合」「公共下水道利用率」 are stocks' progress: review rv77); with a
 * respondent's word (回答, 思う, 満足) they are.
 */
const SURVEY_RATE = /満足|受診率|実施率|参加率|回答|認知|思う|感じ/;

/**
 * Whether the 単年度 figure is the level the target is set on: of the target's size (at least half of it), or a survey's rate.
 * A stock's progress rate (整備率, 普及率, 耐震化率: 2.1 against 60) writes there the points added that year, no level (rv75).
 */
function levelOfTarget(ind: RawIndicator, value: number | undefined, total: Column): boolean {
  if (SURVEY_RATE.test(ind.name)) return true;
  const targets = ind.targets.filter((t) => t.parsed.status === 'value' && t.parsed.value !== undefined);
  const target = (targets.find((t) => t.period?.fiscalYear === total.period?.fiscalYear) ?? targets[0])?.parsed.value;
  return target === undefined || value === undefined || target <= 0 || value * 2 >= target;
}

/** The 単年度 actual column (left derived) of the same year as a 累計 actual column, or null. */
function singleYearTwin(grid: Grid, columns: readonly Column[], total: Column): Column | null {
  const year = total.period?.fiscalYear;
  const twins = columns.filter((c) => {
    const h = headingText(grid, c.cells);
    // A derived column keeps its heading's year, not always its period: 令和４年度実績（単年度）.
    const own = c.period?.fiscalYear ?? findPeriod(compactForPeriod(h))?.period.fiscalYear;
    return c.role === 'derived' && !c.pair && year !== undefined && own === year && /実績/.test(h) && !CUMULATIVE.test(h);
  });
  return twins.length === 1 ? twins[0] : null;
}

/** Replaces a level's dashed 累計 actual by the figure of its 単年度 twin on the same row (see above). */
export function levelActualBesideTotal(grid: Grid, row: number, columns: readonly Column[], ind: RawIndicator): void {
  if (!ind.actuals.length || !isLevel(ind)) return;
  ind.actuals.forEach((a, i) => {
    if (a.parsed.status !== 'not-applicable' || !/^\s*[-－―ー—‐]+\s*$/.test(String(a.raw ?? ''))) return;
    const total = columns.find((c) => c.col === a.col && c.role === 'actual' && !c.pair);
    if (!total || !CUMULATIVE.test(headingText(grid, total.cells))) return;
    const twin = singleYearTwin(grid, columns, total);
    if (!twin) return;
    const single = point(grid, row, twin.col, twin.period ?? total.period);
    if (single.parsed.status === 'value' && levelOfTarget(ind, single.parsed.value, total)) ind.actuals[i] = single;
  });
}
