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
 * A rate a survey or a count of the year gives (満足度, 受診率, …と回答した / 答えた割合, 認知度): its 単年度 figure is the year's
 * level, whatever its size. 割合 and 利用率 alone are no such word (「LED化割合」「公共下水道利用率」 are stocks' progress: review
 * rv77); a share of people (市民の / 人の / 者の / 世帯の割合) and a facility's use (施設, 会議室, 稼働) are (review rv79). 認知 inside
 * 認知症 is no survey's word, nor 実施率 of works on a stock (改修, 整備, 耐震, 長寿命化: points added that year), nor the use of
 * sewers (下水道, 水洗化: a stock's connection rate).
 */
const SURVEY_RATE = /満足|受診率|実施率|参加率|回答|答え|認知(?!症)|思う|感じ/;
const PEOPLE_SHARE = /(民|人|者|世帯)の割合/;
const FACILITY_USE = /(施設|会議室|ホール|センター).*利用率|稼働率/;
const STOCK_WORKS = /(改修|整備|耐震化?|長寿命化)(工事)?の?実施率|下水道|水洗化|浄化槽/;

function surveyRate(name: string): boolean {
  const n = name.normalize('NFKC');
  return !STOCK_WORKS.test(n) && (SURVEY_RATE.test(n) || PEOPLE_SHARE.test(n) || FACILITY_USE.test(n));
}

/**
 * Whether the 単年度 figure is the level the target is set on: of the target's size (at least half of it), or a survey's rate.
 * A stock's progress rate (整備率, 普及率, 耐震化率: 2.1 against 60) writes there the points added that year, no level (rv75).
 */
function levelOfTarget(ind: RawIndicator, value: number | undefined, total: Column): boolean {
  if (surveyRate(ind.name)) return true;
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

/**
 * The dash kept beside a 単年度 figure far below the target: a stock's added points or a rate no word tells, never a silent
 * no-grade (review rv79): a guess naming the dash, the figure and the target.
 */
function dashKept(ind: RawIndicator, dash: string, single: string, total: Column): void {
  const targets = ind.targets.filter((t) => t.parsed.status === 'value');
  const target = targets.find((t) => t.period?.fiscalYear === total.period?.fiscalYear) ?? targets[0];
  if (target) (ind.guesses ??= []).push({ reason: 'level-dash-kept', cells: [dash, single, target.cell] });
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
    if (single.parsed.status !== 'value') return;
    if (levelOfTarget(ind, single.parsed.value, total)) ind.actuals[i] = single;
    else dashKept(ind, a.cell, single.cell, total);
  });
}
