/**
 * A bare （新規） after a name (「相談件数（新規）」) is taken off as a mark of the row's standing, an indicator newly set (names.ts
 * cleanName). An indicator new to the plan has no figure of the year before. When its own line gives one — an actual of an earlier
 * year read beside this year's, or a 備考 on the actual's row naming last year's figure (「前年度 48基」) — the indicator is no new
 * one: the bracket says which figure is counted (the new installations, not all in place, 「浄化槽設置基数（新規）」) and stays in
 * the name as written. A 備考 saying the indicator was newly set (「令和6年度から新設」) or naming no figure of the year before keeps
 * the mark off.
 */
import { parseA1 } from '../model/address';
import { normalizeText } from '../values/text';
import type { Grid } from './grid';
import { RemarkHeadings, remarkOnRow } from './remarkHeadings';
import type { Point, RawIndicator } from './types';

/** How far the 備考 heading may stand from the actual's column. */
const REACH = 12;
/** The written name after the name read: a bare 新規 bracket, a unit's bracket after it at most. */
const MARK_AFTER = /^[\s　]*([（(][\s　]*新規[\s　]*[)）])[\s　]*(?:[（(][^（）()]*[)）][\s　]*)?$/;
/** A remark naming last year's figure: 前年度 / 昨年度 / 前年 then a number within a few characters (「前年度 48基」「前年度実績：48基」). */
const LAST_YEAR_FIGURE = /(?:前年度|昨年度|前年)[^0-9。]{0,6}[0-9]/;

/** The bare 新規 bracket written after the indicator's name in its name cell, else null. */
function markAfterName(grid: Grid, ind: RawIndicator): string | null {
  const at = parseA1(ind.nameCell);
  if (!at || !ind.name) return null;
  const raw = grid.text(at.row, at.col);
  const i = raw.lastIndexOf(ind.name);
  if (i < 0) return null;
  const m = MARK_AFTER.exec(raw.slice(i + ind.name.length));
  return m ? m[1] : null;
}

const isFigure = (p: Point) => p.parsed.status === 'value';

/** Whether the indicator's own line gives a figure of a year before: an earlier year's actual, or a 備考 naming last year's figure. */
function hasEarlierFigure(grid: Grid, ind: RawIndicator, headings: () => RemarkHeadings): boolean {
  const years = ind.actuals.filter(isFigure).flatMap((p) => (p.period ? [p.period.fiscalYear] : []));
  if (new Set(years).size >= 2) return true;
  return ind.actuals.some((p) => {
    const remark = remarkOnRow(grid, headings(), p, REACH);
    return !!remark && LAST_YEAR_FIGURE.test(normalizeText(remark.text));
  });
}

/** Puts a bare （新規） back on the name of each indicator whose own line gives a figure of the year before. */
export function applyNewCountMarks(grid: Grid, indicators: RawIndicator[]): void {
  let headings: RemarkHeadings | null = null;
  const lazy = () => (headings ??= new RemarkHeadings(grid));
  for (const ind of indicators) {
    const mark = markAfterName(grid, ind);
    if (mark && hasEarlierFigure(grid, ind, lazy)) ind.name += mark;
  }
}
