/**
 * Whether a sheet reads 「前年度以上」「前年度以下」 as a figure: last year's actual. Alone, such a target is no number (a clerk
 * does not invent one: hold-outs 2, 14, 35). The sheet says it is one when it writes the arithmetic: a note defining it
 * (「※「前年度以上」は、前年度の実績値以上を目標とするもの。」), or a target on the sheet written as last year's actual plus or
 * minus an amount (「前年度＋2件」), which reads the same words as that figure. Then each indicator of the sheet is marked
 * (`targetsFromLastYear`) and grading/lastYearTarget.ts computes its bound targets from last year's actual.
 * A note saying only that a ratio of such a row is taken against last year's actual (「「前年度以上」の対計画比は前年度実績に対する
 * 比」) implies the same figure without defining it: the targets are computed as well, each a guess naming the target's and last
 * year's actual's cells (`targetsFromLastYearByRatio`).
 * So does the sheet's own attainment where it writes one (達成率（実績÷目標）): when a row's bare 「前年度実績以上」 has, in a
 * column whose figure is the actual ÷ the target on another row with a figure for its target, the actual ÷ last year's actual,
 * the sheet divided by last year's actual: that row's target is computed, a guess naming its cells (`attainmentByLastYear`).
 * A note naming last year's figure by its measure rather than as 実績 (「※「前年度以上」は前年度受診率を上回ることを目標とする。」)
 * defines it too, but the reader takes that figure to be last year's actual: each target so computed is a guess.
 */
import { attainmentDashed } from './dashedAttainment';
import type { Grid } from './grid';
import { sheetMentions, textCells } from './sheetTexts';
import type { RawIndicator } from './types';
import { normalizeText } from '../values/text';
import { namedYearOfBoundNote } from './namedYearBoundNote';
import type { Point, TargetPoint } from './types';

/** A note saying targets are last year's actual (or above / below it): 前年度の実績値以上を目標, 前年度実績を上回ることを目標. */
const NOTE = /前年度?の?実績値?(?:以上|以下|を上回|を下回|を超え)[^。]{0,20}目標|目標[^。]{0,20}前年度?の?実績値?(?:以上|以下|を上回|を下回|を超え)/;
/** The same note naming last year's figure by its measure word (前年度受診率, 前年度の利用者数) instead of 実績. */
const MEASURE_NOTE = /前年度?の?(?:(?!目標|平均|全国|県)\p{Script=Han}){0,6}(?:率|数|値|量|額)(?:以上|以下|を上回|を下回|を超え)[^。]{0,20}目標/u;
/** A target written as last year's actual plus or minus an amount: 前年度＋2件, 前年度実績−5%, 前年度＋２件 (read folded to half width). */
const AMOUNT = /^(?:前年度?|昨年度?)(?:の?実績値?|の?値)?(?:比)?\s*[+\-−＋－]\s*\d/;
/** A note taking a ratio of the 「前年度以上」 rows against last year's actual: 「前年度以上」の対計画比は前年度実績に対する比. */
const RATIO_NOTE = /前年度?(?:以上|以下)[」』]?の?[^。]{0,12}(?:比|率)は?[^。]{0,6}前年度?の?実績値?(?:に対する|で除|を分母)/;

export function markTargetsFromLastYear(grid: Grid, indicators: RawIndicator[]): void {
  if (!indicators.length) return;
  const amount = indicators.some((ind) => ind.targets.some((t) => typeof t.raw === 'string' && AMOUNT.test(normalizeText(t.raw).trim())));
  // The note writes 前年: a sheet without it is not looked through (sheetTexts.ts).
  const note =
    !amount && sheetMentions(grid, '前年') && textCells(grid).some(({ text: v }) => v.length <= 200 && v.includes('前年') && NOTE.test(v.replace(/\s+/g, '')));
  if (amount || note) for (const ind of indicators) ind.targetsFromLastYear = true;
  else if (sheetMentions(grid, '前年') && textCells(grid).some(({ text: v }) => v.length <= 200 && MEASURE_NOTE.test(v.replace(/\s+/g, ''))))
    for (const ind of indicators) {
      ind.targetsFromLastYear = true;
      ind.targetsFromLastYearByRatio = true;
    }
  else if (!markRatioNote(grid, indicators) && !markNamedYear(grid, indicators)) markAttainmentByLastYear(grid, indicators);
}

/** A target that is last year's actual as a bound and nothing more: 前年度以上, 前年度実績以上, 昨年度の実績値を上回る. */
const BARE_BOUND = /^(?:前年度?|昨年度?)(?:の?実績値?|の?値)?(?:を?(?:以上|以下|を?上回る|を?下回る))$/;

/** Whether a cell's figure is the ratio `ratio` (as a fraction, or in ％ rounded to one decimal). */
function isRatio(v: unknown, ratio: number): boolean {
  if (typeof v !== 'number' || !Number.isFinite(ratio) || ratio <= 0) return false;
  return Math.abs(v - ratio) <= ratio * 0.002 || Math.abs(v - ratio * 100) <= 0.051;
}

const valueOf = (p: Point | undefined): number | undefined => (p && p.parsed.status === 'value' && !p.parsed.ambiguous ? p.parsed.value : undefined);

/** The actual of a year and the year before on the indicator's row. */
function actualsOf(ind: RawIndicator, year: number): { now?: Point; last?: Point } {
  const of = (y: number) => ind.actuals.find((p) => p.period?.fiscalYear === y && valueOf(p) !== undefined);
  return { now: of(year), last: of(year - 1) };
}

/** The columns of the sheet's attainment: on rows with a figure for a target, the cell holding actual ÷ target. */
function attainmentColumns(grid: Grid, indicators: RawIndicator[]): Set<number> {
  const cols = new Set<number>();
  for (const ind of indicators)
    for (const t of ind.targets) {
      const year = t.period?.fiscalYear;
      const tv = valueOf(t);
      const a = year === undefined ? undefined : valueOf(actualsOf(ind, year).now);
      if (tv === undefined || a === undefined || tv === 0) continue;
      for (let c = grid.left; c <= grid.right; c++) if (c !== t.col && isRatio(grid.raw(t.row, c), a / tv)) cols.add(c);
    }
  return cols;
}

/** A bare 「前年度以上」 whose row's attainment column holds actual ÷ last year's actual: the sheet's target is last year's. */
function markAttainmentByLastYear(grid: Grid, indicators: RawIndicator[]): void {
  const bare = (t: TargetPoint) => typeof t.raw === 'string' && BARE_BOUND.test(t.raw.replace(/\s+/g, ''));
  if (!indicators.some((ind) => ind.targets.some(bare))) return;
  const cols = attainmentColumns(grid, indicators);
  if (!cols.size) return;
  for (const ind of indicators)
    for (const t of ind.targets.filter(bare)) {
      const { now, last } = t.period ? actualsOf(ind, t.period.fiscalYear) : {};
      const [a, l] = [valueOf(now), valueOf(last)];
      if (a === undefined || l === undefined || l === 0 || a === l) continue;
      if (![...cols].some((c) => isRatio(grid.raw(t.row, c), a / l))) {
        // The row's attainment holds another ratio: the sheet did not grade it against last year's actual (gradeByLastYear.ts).
        if ([...cols].some((c) => typeof grid.raw(t.row, c) === 'number')) ind.lastYearRefuted = true;
        // Its attainment written 「－」 beside the others' ratios: no figure taken for the words (dashedAttainment.ts).
        else if (attainmentDashed(grid, t.row, cols)) ind.attainmentDashed = true;
        continue;
      }
      ind.targetsFromLastYear = true;
      ind.targetsFromLastYearByRatio = true;
    }
}

/** A note taking a 「前年度以上」 row's ratio against last year's actual: the sheet's targets read it, each a guess. */
function markRatioNote(grid: Grid, indicators: RawIndicator[]): boolean {
  if (!sheetMentions(grid, '前年')) return false;
  if (!textCells(grid).some(({ text: v }) => v.length <= 200 && RATIO_NOTE.test(v.replace(/\s+/g, '')))) return false;
  for (const ind of indicators) {
    ind.targetsFromLastYear = true;
    ind.targetsFromLastYearByRatio = true;
  }
  return true;
}

/** A note defining 「前年度以上」 by a named year's 実績 (namedYearBoundNote.ts): the sheet's targets read that year's actual. */
function markNamedYear(grid: Grid, indicators: RawIndicator[]): boolean {
  if (!indicators.some((ind) => ind.targets.some((t) => typeof t.raw === 'string' && t.raw.includes('前')))) return false;
  let year: number | null = null;
  for (const { text } of textCells(grid)) {
    year = namedYearOfBoundNote(text);
    if (year !== null) break;
  }
  if (year === null) return false;
  for (const ind of indicators) {
    ind.targetsFromLastYear = true;
    ind.targetsFromNamedYear = year;
  }
  return true;
}
