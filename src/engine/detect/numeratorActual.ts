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
import { classifyLabel, type Role } from '../values/labels';
import { namesNumerator } from '../values/rateTerms';

/** The units of a share or a ratio, whose actual is the rate itself. */
const SHARE_UNITS = new Set(['%', '割', '‰', '倍', 'ポイント', '点']);

/** A unit per so many (人/10万人, 件/千人, 人口千人当たり): a ratio, whatever it counts (review rv42). */
const PER_UNIT = /[/／]|当たり|あたり|[\d万千百十]人?対|につき/;

/**
 * A name of a ratio whatever its unit (「１人当たり療養諸費費用額」 円, 受診率, 割合, 人口10万対, 「（人口千人につき）」,
 * 「市民1人1日のごみ排出量」): its actual is the worked-out figure. 対 counts only after a number (相談対応件数 is a count).
 */
const RATIO_NAME = /率|割合|当たり|あたり|比|平均|[\d万千百十]人?対|につき|1人1日|人口/;

/** The measure heading over a numerator column (実績値（R6） over 分子: actual), or null when the column is no numerator. */
function numeratorOf(grid: Grid, c: Column): Role | null {
  if (c.role !== 'derived') return null;
  const texts = headingTexts(grid, c.cells);
  if (texts.length < 2 || !namesNumerator(texts[texts.length - 1])) return null;
  return classifyLabel(texts[0])?.role ?? null;
}

/**
 * Puts a count row's numerator in place of its rate as the actual of each period that has one: a numerator under an actual
 * heading only, and none when the targets too stand over a rate's terms (目標値 over 分子 | 分母 | 率: the rates compare).
 */
export function countFromNumerator(grid: Grid, r: number, columns: readonly Column[], ind: RawIndicator): void {
  if (!ind.unit || SHARE_UNITS.has(canonicalUnit(ind.unit)) || PER_UNIT.test(normalizeText(ind.unit)) || RATIO_NAME.test(normalizeText(ind.name))) return;
  const over = columns.map((c) => numeratorOf(grid, c));
  if (over.some((role) => role === 'target' || role === 'expected')) return;
  for (const [k, c] of columns.entries()) {
    if (over[k] !== 'actual') continue;
    const p = point(grid, r, c.col, c.period);
    if (p.parsed.status !== 'value') continue;
    const i = ind.actuals.findIndex((a) => (a.period || c.period ? samePeriod(a.period, c.period) : true));
    if (i >= 0) ind.actuals[i] = p;
    else ind.actuals.push(p);
  }
}
