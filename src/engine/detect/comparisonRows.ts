/**
 * A comparison row beside the city's own figure (経営比較分析表: 当該値 | 類似団体平均値 under one indicator's name; 本市 |
 * 全国平均 | 県平均): the average of other bodies is a figure to compare with, never an indicator nor a target of one. Under
 * a name merged over such sub-rows, the own row (当該値, 本市) is the indicator, named without its row label; each
 * comparison row is a reference row, named 「name（類似団体平均値）」 and left out with the sheet's other reference rows.
 */
import type { Label } from '../values/labels';
import { compact, normalizeText } from '../values/text';

/** Another body's figure: 類似団体平均値, 類団平均, 全国平均, 県平均値, 全国値, 同規模団体平均, 県内市町村平均. */
const COMPARISON =
  /^(?:類似団体|類団|類似都市|同規模(?:団体|自治体|市町村|都市)?|全国|全道|全県|県内(?:市町村)?|県|都|道|府|都道府県|国|他市町村|他市)の?(?:平均値?|値)$/;

/** The body's own figure under a row label: 当該値, 当該団体, 本市, 当市, 本町, 市, 本市の値, 自団体. */
const OWN = /^(?:当該(?:値|団体(?:値)?)|自団体(?:値)?|[本当]?[市町村](?:の?値)?)$/;

const fold = (text: string) => compact(normalizeText(text)).replace(/^[(（]|[)）]$/g, '');

/** Whether a row label names another body's figure to compare with (類似団体平均値, 全国平均). */
export function isComparisonLabel(text: string): boolean {
  return COMPARISON.test(fold(text));
}

/** Whether a row label names the body's own figure (当該値, 本市). */
export function isOwnLabel(text: string): boolean {
  return OWN.test(fold(text));
}

/** Whether an indicator's name closes with a comparison in brackets (「経常収支比率（類似団体平均値）」): a reference row. */
export function isComparisonName(name: string): boolean {
  const m = /[(（]([^()（）]+)[)）]\s*$/.exec(name);
  return !!m && isComparisonLabel(m[1]);
}

/**
 * Of sub-rows' labels (one per row, in order), the index of the body's own row when exactly one row is the own figure and
 * every other a comparison; else -1.
 */
export function ownAmongComparisons(labels: string[]): number {
  if (labels.length < 2) return -1;
  const own = labels.flatMap((t, i) => (isOwnLabel(t) ? [i] : []));
  if (own.length !== 1) return -1;
  return labels.every((t, i) => i === own[0] || isComparisonLabel(t)) ? own[0] : -1;
}

/**
 * Whether a sub-heading names another body's figure beside the body's own on its row (目標値 over 本市 | 全国平均): that column
 * is a figure to compare with, never the measure the heading above it names. A 全国平均 heading with no own heading beside it
 * (a target set at the national average) is not one.
 */
export function comparedWithOwn(heading: string, rowTexts: () => string[]): boolean {
  return isComparisonLabel(heading) && rowTexts().some((t) => !!t && isOwnLabel(t));
}

/** What a row's indexed cell carries that `labelOwnHeadings` reads and sets (cells.ts IndexedCell). */
interface HeadingCell {
  text: string;
  label: Label | null;
  period: unknown;
}

/**
 * Column headings of the body's own figure beside other bodies' (経営比較分析表: 令和5年度 over 当該値 | 類似団体平均値): on a
 * row of headings alone, no figure among them, the own heading (当該値, 本市) is the actual, in place, unless the heading over it
 * names another measure (目標値 over 本市 | 全国平均). The comparison headings
 * stay unlabelled, so their columns are never read. As a row label under a merged name (a 区分 column beside figures) the
 * own label stays a qualifier (subRowQualifiers.ts).
 */
export function labelOwnHeadings(cells: (HeadingCell & { col: number })[], above: (col: number) => Label | null = () => null): void {
  if (!cells.some((c) => c.text && isComparisonLabel(c.text))) return;
  if (cells.some((c) => c.text === '' && !c.period)) return; // a figure: a body row, not a heading row
  for (const c of cells) {
    if (c.label || c.period || !c.text || !isOwnLabel(c.text)) continue;
    // Under 目標値 (本市 | 全国平均 split under the target's heading) the own figure is the target's, never the actual.
    const over = above(c.col);
    if (!over || over.role === 'actual') c.label = { role: 'actual' };
  }
}
