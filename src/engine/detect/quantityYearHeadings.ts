/**
 * Headings that write one quantity at different years — 「基準年度（平成28年度末）⏎延床面積（㎡）」 | 「令和5年度末⏎延床面積（㎡）」,
 * 「延床面積（R5）」 — beside a target heading on one row: the rows hold that quantity year by year, so each heading is its
 * year's column, as a bare 「令和5年度末」 would be (the one marked 基準 / 現状 / 策定時 the baseline's). A clerk reads the
 * repeated words as what is counted and the years as the columns. Only where two or more headings write the same words
 * (no label of their own) with different years, and the row holds a target heading: one year beside a quantity is a
 * heading of anything. A row that heads an actual column of its own (「目標値 | 実績値」) reads its actuals there: the year
 * headings beside it are another measure (「令和4年度⏎事業費」 | 「令和5年度⏎事業費」), as is money spent on the work
 * (予算, 決算, 事業費, 執行額 …) with no actual column: never the indicator's actual.
 */
import { findPeriod, parsePeriodCell, type Period } from '../values/periods';
import { classifyLabel, type Label } from '../values/labels';
import { normalizeText, stripNote } from '../values/text';

/** What a row's indexed cell carries that this rule reads and sets (cells.ts IndexedCell). */
interface HeadingCell {
  text: string;
  label: Label | null;
  period: { period: Period; baseline: boolean } | null;
}

interface Split {
  period: { period: Period; baseline: boolean };
  /** The quantity's words, folded (NFKC) without white space, its unit bracket kept (「延床面積(m2)」). */
  quantity: string;
}

/** Words of a quantity: kana or kanji, two to twelve of them once a unit bracket is taken off, and no heading of their own. */
function isQuantity(words: string): boolean {
  const bare = words.replace(/[(（][^()（）]*[)）]$/, '');
  if (SPENDING.test(bare)) return false;
  return bare.length >= 2 && bare.length <= 12 && /^[\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]+$/u.test(bare) && !classifyLabel(bare);
}

/** Money spent on the work, not what it achieves: 「事業費（千円）」「決算額」「予算額」「執行額」「委託料」. */
const SPENDING = /予算|決算|事業費|経費|執行額|支出|歳出|人件費|委託料|補助金|交付金|負担金|財源/;

/** A period cell's text as a prefix of `t` (the longest that reads as one), and the words after it. */
function periodPrefix(t: string): Split | null {
  for (let k = t.length - 1; k > 0; k--) {
    const period = parsePeriodCell(t.slice(0, k));
    if (period) return { period, quantity: t.slice(k) };
  }
  return null;
}

/** A heading split into its year and the quantity it writes, or null. */
export function quantityAtYear(text: string): Split | null {
  const lines = normalizeText(stripNote(text))
    .split('\n')
    .map((l) => l.replace(/\s+/g, ''))
    .filter(Boolean);
  let split: Split | null = null;
  if (lines.length === 2) {
    const [a, b] = lines.map((l) => parsePeriodCell(l));
    if (a && !b) split = { period: a, quantity: lines[1] };
    else if (b && !a) split = { period: b, quantity: lines[0] };
  } else if (lines.length === 1 && findPeriod(lines[0])) {
    const t = lines[0];
    // 「延床面積（R5）」: the year in brackets after the words.
    const suffix = /^(.+?)[(（]([^()（）]+)[)）]$/.exec(t);
    const period = suffix ? parsePeriodCell(suffix[2]) : null;
    split = period ? { period, quantity: suffix![1] } : periodPrefix(t);
  }
  return split && isQuantity(split.quantity) ? split : null;
}

/**
 * Gives, in place, the cells of a row that write one quantity at different years their periods (see above). `figuresUnder`
 * tells whether a heading's column holds figures right under it: a year's 取組内容 over sentences is no quantity.
 */
export function dateQuantityHeadings(cells: (HeadingCell & { col: number })[], figuresUnder: (col: number) => boolean): void {
  if (!cells.some((c) => c.label?.role === 'target') || cells.some((c) => c.label?.role === 'actual')) return;
  const byQuantity = new Map<string, { cell: HeadingCell; split: Split }[]>();
  for (const cell of cells) {
    if (cell.label || cell.period || !cell.text || cell.text.length > 40) continue;
    const split = quantityAtYear(cell.text);
    if (split && figuresUnder(cell.col)) byQuantity.set(split.quantity, [...(byQuantity.get(split.quantity) ?? []), { cell, split }]);
  }
  for (const group of byQuantity.values()) {
    if (group.length < 2 || new Set(group.map((g) => g.split.period.period.fiscalYear)).size < group.length) continue;
    for (const { cell, split } of group) cell.period = split.period;
  }
}
