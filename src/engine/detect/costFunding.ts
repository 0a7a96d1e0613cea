/**
 * The parts of a project's cost by where the money comes from (財源内訳: 決算額（千円） | 国・県支出金 | 一般財源 over 46,915 |
 * 20,000 | 26,915), and its rate of spending (予算額 | 決算額 | 執行率 over 48,200 | 46,915 | 97.3%): the cost line's own
 * columns, never an indicator. A funding label counts only on a row holding a cost label too (一般財源 alone heads a
 * financing table, which may be anything); a rate of spending only as a percentage beside the line's amounts.
 */
import { isCostLabel } from './costHeadings';
import type { Grid } from './grid';

/** Where a cost's money comes from: 国庫支出金, 国・県支出金, 県支出金, 地方債, 一般財源, その他特定財源, 使用料・手数料. */
const FUNDING =
  /^(?:うち)?(?:(?:国庫|国県|国・県|国及び県|県)?支出金|(?:国庫|県)?補助金|地方債|市債|町債|村債|一般財源|(?:その他)?特定財源|その他(?:財源)?|使用料(?:・?手数料)?|手数料|寄附金|基金繰入金?)(?:[（(][^）)]*[）)])?$/;

/** The share of a budget spent (執行率, 予算執行率), a column of the cost line. */
const SPENT_RATE = /^(?:予算)?執行率(?:[（(][^）)]*[）)])?$/;

const compactText = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** Whether row `r` holds a cost label (決算額, 事業費 …) in one of its cells. */
function rowHoldsCostLabel(grid: Grid, r: number): boolean {
  for (let c = grid.left; c <= grid.right; c++) if (grid.anchor(r, c).col === c && isCostLabel(grid.text(r, c))) return true;
  return false;
}

/** Whether `text`, on row `r`, names a part of the cost by its source: a funding label on a row with a cost label. */
export function isFundingLabelOnCostRow(grid: Grid, r: number, text: string): boolean {
  return FUNDING.test(compactText(text)) && rowHoldsCostLabel(grid, r);
}

/** Whether `text` heads the cost line's rate of spending (執行率). */
export function isSpentRateLabel(text: string): boolean {
  return SPENT_RATE.test(compactText(text));
}

/**
 * The heading row of a cost's sources (「財源内訳 | 決算額 | 国・県支出金 | 一般財源 | その他」, review rv81): in `cols`, besides the
 * name cell, a cost label and a funding label, every other text one of those too, and no figure. Its name (財源内訳, 区分) heads
 * the line of amounts under it; it is no indicator.
 */
export function isFundingHeadingRow(grid: Grid, r: number, nameCol: number, cols: number[]): boolean {
  const texts = cols.filter((c) => c !== nameCol && grid.anchor(r, c).col === c).map((c) => grid.text(r, c).trim());
  const written = texts.filter(Boolean);
  if (written.some((t) => /\d/.test(t))) return false;
  const funding = written.filter((t) => FUNDING.test(compactText(t)));
  const cost = written.filter((t) => isCostLabel(t));
  return funding.length > 0 && cost.length > 0 && funding.length + cost.length === written.length;
}
