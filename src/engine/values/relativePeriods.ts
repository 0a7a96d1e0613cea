/**
 * Periods written relative to the evaluation period, with no year: 今年度 / 本年度 / 当年度 (the
 * period itself), 前年度 / 昨年度 (one before), 前々年度 (two before), 来年度 / 次年度 / 翌年度 (one
 * after). A heading 「前年度実績」 is the actual of the year before the period the sheet is about; the
 * reader resolves it once that period is known (detect/relativePeriods.ts).
 */
import { fiscalYearLabel, type Period } from './periods';
import { normalizeText } from './text';

export interface RelativeMatch {
  /** Fiscal years from the evaluation period: 0 this year, −1 the year before. */
  offset: number;
  index: number;
  length: number;
}

const WORDS: [RegExp, number][] = [
  [/前々年度|前前年度/, -2],
  [/今年度|本年度|当年度|当該年度|this\s*year|current\s*year/i, 0],
  [/前年度|昨年度|last\s*year|previous\s*year|prior\s*year/i, -1],
  [/来年度|次年度|翌年度|next\s*year/i, 1],
];

const MAY_BE_RELATIVE = /年度|year/i;

/** The first relative period word in the text (normalised), or null. */
export function findRelativePeriod(text: string): RelativeMatch | null {
  const t = normalizeText(text);
  // Every word above holds 年度 or year: most headings are told by this one test.
  if (!MAY_BE_RELATIVE.test(t)) return null;
  let best: RelativeMatch | null = null;
  for (const [re, offset] of WORDS) {
    const m = re.exec(t);
    if (m && (!best || m.index < best.index)) best = { offset, index: m.index, length: m[0].length };
  }
  return best;
}

/** The fiscal-year period `offset` years from `base` (labelled 令和5年度 etc.). */
export function shiftedPeriod(base: Period, offset: number): Period {
  const fy = base.fiscalYear + offset;
  return { label: fiscalYearLabel(fy), fiscalYear: fy, kind: 'fiscal', year: fy };
}

/** The offset of a heading that is a relative period and nothing else (「今年度」「（前年度）」「本年度の」), else undefined. */
export function relativeOnly(text: string): number | undefined {
  const t = normalizeText(text);
  const m = findRelativePeriod(t);
  if (!m) return undefined;
  const rest = (t.slice(0, m.index) + t.slice(m.index + m.length)).replace(/[\s()（）「」【】の:：]/g, '');
  return rest === '' ? m.offset : undefined;
}
