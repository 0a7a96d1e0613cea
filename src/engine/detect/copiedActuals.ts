/**
 * A year's actual that is the year before's figure written again while the year's own is still being counted: the
 * figure equals the previous year's actual of the same indicator, and its 備考 (the 備考 cell of its row, or the 備考
 * row under its year: `remarkPending.ts`) says, in one sentence naming the actual's year, that the figure is 集計中 /
 * 未公表 / 未確定. A clerk does not grade a copied figure: the actual is pending, the remark quoted. A figure that differs
 * from the year before's, or a remark naming no year or another year, is read as written.
 */
import { findPeriod } from '../values/periods';
import { normalizeText } from '../values/text';
import { PENDING_WORDS } from '../values/values';
import type { Grid } from './grid';
import { RemarkHeadings, remarkOnRow } from './remarkHeadings';
import { remarkRowBelow } from './remarkPending';
import type { Point, RawIndicator } from './types';

/** How far the 備考 heading may be from the actual's column. */
const REACH = 12;
/** A remark is a note of a few sentences, not a paragraph. */
const MAX_REMARK = 120;
/** A remark's sentences. */
const SENTENCE_END = /[。．\n]/;

/** Marks each actual repeating the year before's figure, whose remark says its own year's figure is still being counted, as pending. */
export function applyCopiedActuals(grid: Grid, indicators: RawIndicator[]): void {
  let headings: RemarkHeadings | undefined;
  for (const ind of indicators)
    for (const p of ind.actuals) {
      if (!repeatsYearBefore(ind.actuals, p)) continue;
      headings ??= new RemarkHeadings(grid);
      const remark = remarkOnRow(grid, headings, p, REACH) ?? remarkRowBelow(grid, headings, p);
      if (!remark || !saysYearPending(remark.text, p.period!.fiscalYear)) continue;
      p.parsed = { status: 'pending', text: `${p.parsed.text}（備考 ${remark.cell}：${remark.text}）` };
    }
}

/** Whether the actual is a figure of a year equal to the indicator's actual of the year before. */
function repeatsYearBefore(actuals: readonly Point[], p: Point): boolean {
  if (p.parsed.status !== 'value' || p.parsed.value === undefined || !p.period) return false;
  const fy = p.period.fiscalYear;
  return actuals.some((q) => q !== p && q.period?.fiscalYear === fy - 1 && q.parsed.status === 'value' && q.parsed.value === p.parsed.value);
}

/** Whether one sentence of the remark names the year and says its figure is still being counted. */
export function saysYearPending(text: string, fiscalYear: number): boolean {
  const t = normalizeText(text).replace(/\s+/g, '');
  if (!t || t.length > MAX_REMARK || !PENDING_WORDS.test(t)) return false;
  return t.split(SENTENCE_END).some((s) => PENDING_WORDS.test(s) && findPeriod(s)?.period?.fiscalYear === fiscalYear);
}
