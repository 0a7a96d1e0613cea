/**
 * Under an actual heading over a rate's terms (実績値（R6） over 分子 | 分母 | 率), the rate is the actual of a rate
 * (受診率 ％) and the numerator that of a count (受診者数 人: the people counted, the rate's 分子). A table mixing both kinds
 * of row gives each its own: a row whose unit is a count, not a share (％, 割, ‰, 倍, ポイント), and whose name names no
 * ratio (「１人当たり療養諸費費用額」 in 円 is one: review of set 95's trap), takes the figure in the
 * numerator column of the same period as its actual, in place of the rate (values/rateTerms.ts keeps the terms out of the
 * actual otherwise). A row with no unit, or an empty numerator, keeps what it read.
 */
import { point } from './common';
import { headingTexts } from './cumulativeTwins';
import type { Column } from './column';
import type { Grid } from './grid';
import type { RawIndicator } from './types';
import { canonicalUnit } from '../values/units';
import { samePeriod } from '../values/yearStanding';
import { normalizeText } from '../values/text';

/** The units of a share or a ratio, whose actual is the rate itself. */
const SHARE_UNITS = new Set(['%', '割', '‰', '倍', 'ポイント', '点']);

/** A name of a ratio whatever its unit (「１人当たり療養諸費費用額」 円, 受診率, 割合, 人口10万対): its actual is the worked-out figure. */
const RATIO_NAME = /率|割合|当たり|あたり|比|平均|[万千百十]?人?対/;

/** A numerator heading: 「分子」 alone or with its bracket, or 「受診者数（分子）」. */
const NUMERATOR = /^分子(?:[(（][^()（）]*[)）])?$|[(（]分子[)）]$/;

function isNumeratorColumn(grid: Grid, c: Column): boolean {
  if (c.role !== 'derived') return false;
  const texts = headingTexts(grid, c.cells);
  return NUMERATOR.test(normalizeText(texts[texts.length - 1] ?? '').replace(/\s+/g, ''));
}

/** Puts a count row's numerator in place of its rate as the actual of each period that has one. */
export function countFromNumerator(grid: Grid, r: number, columns: readonly Column[], ind: RawIndicator): void {
  if (!ind.unit || SHARE_UNITS.has(canonicalUnit(ind.unit)) || RATIO_NAME.test(ind.name)) return;
  for (const c of columns) {
    if (!isNumeratorColumn(grid, c)) continue;
    const p = point(grid, r, c.col, c.period);
    if (p.parsed.status !== 'value') continue;
    const i = ind.actuals.findIndex((a) => (a.period || c.period ? samePeriod(a.period, c.period) : true));
    if (i >= 0) ind.actuals[i] = p;
    else ind.actuals.push(p);
  }
}
