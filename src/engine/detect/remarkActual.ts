/**
 * An actual left blank whose own line's 備考 gives it under the actual's label: 「実績 27件（年度末の工事完了分を含む）」,
 * 「実績：情報発信回数 52回」. The figure is the year's actual, read from the 備考 cell (its cell named as the actual's).
 * Only the newest year's blank actual of the line takes it, and only a remark that opens with 実績 (実績値) and a
 * figure: one naming another measure (目標, 計画, 前年度) or another year, a 実績見込, or words with no figure
 * (「実績は集計中」) give none.
 */
import { findPeriod } from '../values/periods';
import { parseValue } from '../values/values';
import { parseA1 } from '../model/address';
import type { Grid } from './grid';
import { OTHER_MEASURE, RemarkHeadings, remarkOnRow } from './remarkHeadings';
import { REACH, remarkWords } from './remarkPending';
import type { Point, RawIndicator } from './types';

/** The actual's label opening the remark, then its figure (measure words may come first: 「情報発信回数 52回」). */
const LABELLED = /^(?:実績値?|実績数値)[:：]?(?!見込|見通し|率|比)(.+)$/;
/** The figure part: at most a few words before a number. */
const FIGURE_FIRST = /^[^\d]{0,20}\d/;

/** The actual a remark gives, parsed, or null when it gives none. */
export function remarkActualValue(text: string, year: number | undefined): ReturnType<typeof parseValue> | null {
  const t = remarkWords(text);
  const m = LABELLED.exec(t);
  if (!m || OTHER_MEASURE.test(t) || !FIGURE_FIRST.test(m[1])) return null;
  const named = findPeriod(m[1])?.period;
  if (named && named.fiscalYear !== year) return null;
  const parsed = parseValue(m[1]);
  return parsed.status === 'value' ? parsed : null;
}

/** The newest year's actual of the line, when it is blank and no other actual of that year is filled. */
function blankNewest(ind: RawIndicator): Point | null {
  const year = (p: Point) => p.period?.fiscalYear ?? -Infinity;
  const newest = Math.max(...ind.actuals.map(year));
  const own = ind.actuals.filter((p) => year(p) === newest);
  return own.length === 1 && own[0].parsed.status === 'missing' ? own[0] : null;
}

/** Gives each blank newest actual the figure its line's 備考 writes under the actual's label. */
export function applyRemarkActuals(grid: Grid, indicators: RawIndicator[]): void {
  const blanks = indicators.map((ind) => (ind.actuals.length ? blankNewest(ind) : null));
  if (!blanks.some(Boolean)) return;
  const headings = new RemarkHeadings(grid);
  indicators.forEach((ind, i) => {
    const p = blanks[i];
    const remark = p ? remarkOnRow(grid, headings, p, REACH) : null;
    const parsed = p && remark?.text ? remarkActualValue(remark.text, p.period?.fiscalYear) : null;
    const at = remark ? parseA1(remark.cell) : null;
    if (!p || !parsed || !at) return;
    const read: Point = { ...p, row: at.row, col: at.col, cell: remark!.cell, raw: grid.raw(at.row, at.col), formula: null, parsed };
    ind.actuals = ind.actuals.map((q) => (q === p ? read : q));
  });
}
