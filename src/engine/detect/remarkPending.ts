/**
 * A dash written for an actual (「－」「ー」「—」) with a remark on its own line saying the figure is still being counted
 * (「R5実績は集計中（5月末確定）」): the 備考 explains the dash, so the actual is pending, not not-applicable. The remark is the
 * 備考 cell of the actual's row (under a heading reading 備考), or, where the years run across, the cell of a 備考 row under
 * the actual's year — or the one remark of that 備考 row, when it names the actual's own year. A remark about another measure
 * (目標, 計画, 前年度) or naming another year says nothing of the dash.
 */
import { findPeriod } from '../values/periods';
import { normalizeText } from '../values/text';
import { PENDING_WORDS } from '../values/values';
import { a1 } from '../model/address';
import type { Grid } from './grid';
import { OTHER_MEASURE, RemarkHeadings, remarkOnRow, type Remark } from './remarkHeadings';
import type { Point, RawIndicator } from './types';

/** How far the 実績 label of the actual's row may be from the figure, and its 備考 row from the actual. */
const REACH = 12;
const ROWS = 6;
/** A remark is a short note, not a paragraph. */
const MAX_REMARK = 40;
/** A dash alone: the figure is not written. */
const DASH = /^[-－ー―—–‐ｰ−]+$/;

/** Marks each dash actual whose own line's 備考 says the figure is still being counted as pending. */
export function applyRemarkPending(grid: Grid, indicators: RawIndicator[]): void {
  const dash = (p: Point) => p.parsed.status === 'not-applicable' && DASH.test(p.parsed.text.replace(/\s+/g, ''));
  if (!indicators.some((ind) => ind.actuals.some(dash))) return;
  const headings = new RemarkHeadings(grid);
  for (const ind of indicators)
    for (const p of ind.actuals) {
      if (!dash(p)) continue;
      const remark = remarkOnRow(grid, headings, p, REACH) ?? remarkRowBelow(grid, headings, p);
      if (!remark || !saysPending(remark, p)) continue;
      p.parsed = { status: 'pending', text: `${p.parsed.text}（備考 ${remark.cell}：${remark.text}）` };
    }
}

/**
 * The 備考 row of a block whose years run across: in the label column left of the actual that reads 実績 on its row, the
 * nearest 備考 label; its cell under the actual, else its first text (then `named`: it must name the actual's year).
 */
export function remarkRowBelow(grid: Grid, headings: RemarkHeadings, p: Point): (Remark & { named?: boolean }) | null {
  for (let lc = p.col - 1; lc >= Math.max(grid.left, p.col - REACH); lc--) {
    if (headings.at(p.row, lc) !== 'actual') continue;
    for (let d = 1; d <= ROWS; d++)
      for (const r of [p.row + d, p.row - d]) {
        if (r < grid.top || r > grid.bottom || headings.at(r, lc) !== 'note') continue;
        const own = grid.anchor(r, p.col);
        if (grid.text(r, p.col)) return { text: grid.text(r, p.col), cell: a1(own.row, own.col) };
        for (let c = lc + 1; c < p.col; c++) if (grid.text(r, c)) return { text: grid.text(r, c), cell: a1(r, c), named: true };
        return null;
      }
    return null;
  }
  return null;
}

/** Whether the remark says this figure is still being counted: short, about no other measure, naming no other year. */
function saysPending(remark: Remark & { named?: boolean }, p: Point): boolean {
  const t = normalizeText(remark.text).replace(/\s+/g, '');
  if (!t || t.length > MAX_REMARK || OTHER_MEASURE.test(t) || !PENDING_WORDS.test(t)) return false;
  const named = findPeriod(t)?.period;
  if (named) return !!p.period && named.fiscalYear === p.period.fiscalYear;
  return !remark.named;
}
