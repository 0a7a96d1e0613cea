/**
 * A figure written as a running total in its own cell, with no run of years: 「260（累計）」「260人（通算）」「累計 260」. It says
 * the figure is a 累計 as the 累計 row beside it is, from the same start (a total against a total); a mark naming years
 * (「260（R3～R7累計）」「260（H27からの累計）」「累計（R3～）260」) dates the total's start or term and says more than that.
 */

/** A figure, a unit of a few letters after it (人, 件, 団体) and nothing else. */
const FIGURE = String.raw`[0-9][0-9,]*(?:\.[0-9]+)?[^\s0-9()（）:：]{0,4}`;

/** The figure, then its mark in brackets: 「260（累計）」「260人（累計値）」. */
const MARK_AFTER = new RegExp(String.raw`^${FIGURE}\((?:累計|通算)(?:値)?\)$`);

/** The mark, then the figure: 「累計 260」「累計：260人」. */
const MARK_BEFORE = new RegExp(String.raw`^(?:累計|通算)[:：]?${FIGURE}$`);

/** Whether a cell's text is one figure marked as a running total and naming no years (white space and width aside). */
export function writtenAsRunningTotal(text: string): boolean {
  const t = text.normalize('NFKC').replace(/\s+/g, '');
  return MARK_AFTER.test(t) || MARK_BEFORE.test(t);
}
