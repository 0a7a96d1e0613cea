/**
 * A dash written for an actual (「－」「ー」「—」) with a remark on its own line saying the figure is still being counted
 * (「R5実績は集計中（5月末確定）」): the 備考 explains the dash, so the actual is pending, not not-applicable. The remark is the
 * 備考 cell of the actual's row (under a heading reading 備考), or, where the years run across, the cell of a 備考 row under
 * the actual's year — or the one remark of that 備考 row, when it names the actual's own year. A remark about another measure
 * (目標, 計画, 前年度) or naming another year says nothing of the dash.
 */
import { compactForPeriod, findPeriod } from '../values/periods';
import { normalizeText } from '../values/text';
import { PENDING_WORDS } from '../values/values';
import { a1 } from '../model/address';
import type { Grid } from './grid';
import { OTHER_MEASURE, RemarkHeadings, remarkOnRow, type Remark } from './remarkHeadings';
import type { Point, RawIndicator } from './types';

/** How far the 実績 label of the actual's row (or a 備考 heading) may be from the figure, and its 備考 row from the actual. */
export const REACH = 12;
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
  const t = remarkWords(remark.text);
  if (!t || t.length > MAX_REMARK || !saysCounting(t)) return false;
  const named = findPeriod(t)?.period;
  if (named) return !!p.period && named.fiscalYear === p.period.fiscalYear;
  return !remark.named;
}

/** A remark's words as the rules read them: NFKC, no white space. */
export function remarkWords(text: string): string {
  return normalizeText(text).replace(/\s+/g, '');
}

/** A figure given as the year's own though not final (速報値, 暫定値, 概数): not one still being counted. */
const PROVISIONAL = /(速報|暫定|概数)/;
/** An attribute unknown (住所不詳), not a figure still being counted. */
const UNKNOWN_ATTRIBUTE = /不詳/g;

/**
 * Whether words say a figure is still being counted (集計中, 未公表…), about no other measure (目標, 前年度). `strict`: the
 * words must also give no figure of the year's own (速報値, 暫定値), and 不詳 alone (an unknown attribute) says nothing.
 */
export function saysCounting(words: string, strict = false): boolean {
  if (OTHER_MEASURE.test(words)) return false;
  if (!strict) return PENDING_WORDS.test(words);
  return !PROVISIONAL.test(words) && PENDING_WORDS.test(words.replace(UNKNOWN_ATTRIBUTE, ''));
}

/** Whether the words name the fiscal year anywhere (not only their first period). */
export function namesYear(words: string, fiscalYear: number): boolean {
  let t = compactForPeriod(words);
  for (let m = findPeriod(t); m; m = findPeriod(t)) {
    if (m.period.fiscalYear === fiscalYear) return true;
    t = t.slice(m.index + m.length);
  }
  return false;
}
