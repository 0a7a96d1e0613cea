/**
 * A legend of the grades whose label is dated by a date closing a fiscal year: 「評価（令和6年3月末）：◎ 目標値以上　○ 目標値の80％以上
 * …」「達成状況（R6.3.31）：A…」. The label says the grades the legend explains are those as of that date: the sheet evaluates the
 * fiscal year the date closes, as an as-of statement standing alone does (periodStatements.ts), the date kept as written. A date in
 * another month (「評価（令和5年9月末）」) dates a part of a year and states nothing, nor does a bracket holding more than the date
 * (「評価（令和5年3月末の達成率）」), nor a label with no legend after it. Read only on a sheet that states no period otherwise.
 * The legend is two distinct marks or grades at least, each followed by its words: 「進捗状況（令和6年3月末）：○○地区で実施済み、
 * △△地区は調整中」 is a note, its ○○ placeholders no marks. And the date is a template's or the plan's as often as the grades'
 * (a stale 令和5年3月末 over an R5 actual, 令和8年3月末 the plan's end): it states the year only when the table has that year's
 * column and no later year's actual (`legendFitsTable`); else the sheet is read as if it had no such label.
 */
import { a1 } from '../model/address';
import type { Period } from '../values/periods';
import { oneLine } from '../values/text';
import type { CellIndex } from './cells';
import { asOfPeriod } from './periodStatements';
import type { RawIndicator, SheetMeta } from './types';

/** The grades' label, its date in brackets, then a colon: 「評価（令和6年3月末）：」「※達成状況（R6.3.31）:」. */
const DATED_LABEL = /^[※\s]*(?:自己)?(?:評価|達成状況|達成度|進捗状況)\s*[(（]\s*([^()（）]{3,20}?)\s*[)）]\s*[:：]/;
/**
 * A legend's entry after the label: a mark or a grade letter with its meaning (「◎ 目標値以上」「A：達成率100％以上」), the mark
 * at the start or after a space or a colon, a mark alone (not 「○○地区」), words after it.
 */
const ENTRY = /(?<=^|[\s　:：])(?:([◎○〇△×])(?![◎○〇△×])|([A-DＡ-Ｄ])\s*[:：])\s*(?=[^\s◎○〇△×:：])/g;

/** The distinct marks or grades of a legend's entries (〇 and ○ one mark, Ａ and A one grade). */
function distinctEntries(text: string): number {
  const marks = [...text.matchAll(ENTRY)].map((m) =>
    (m[1] ?? m[2]).replace('〇', '○').replace(/[Ａ-Ｄ]/, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)),
  );
  return new Set(marks).size;
}

/** The period a dated legend label states, else null. */
export function datedLegendPeriod(text: string): Period | null {
  const m = DATED_LABEL.exec(text);
  if (!m || text.length > 200) return null;
  if (distinctEntries(text.slice(m[0].length)) < 2) return null;
  return asOfPeriod(`${m[1]}現在`);
}

/** The sheet's period as a dated legend label states it (see above), else undefined. */
export function datedLegendLabel(index: CellIndex): SheetMeta['statedPeriod'] {
  for (const cells of index.rows.values())
    for (const c of cells) {
      const period = c.text.includes('評価') || c.text.includes('達成') || c.text.includes('進捗') ? datedLegendPeriod(c.text) : null;
      if (period) return { period, cell: a1(c.row, c.col), text: oneLine(c.text), asOf: true };
    }
  return undefined;
}

/**
 * Whether the table read without the label agrees with its date: some indicator has a figure's column of the year the date
 * closes, and no indicator an actual of a later year.
 */
export function legendFitsTable(period: Period, indicators: RawIndicator[]): boolean {
  const year = period.fiscalYear;
  const points = indicators.flatMap((i) => [...i.targets, ...i.actuals]);
  const laterActual = indicators.some((i) => i.actuals.some((p) => (p.period?.fiscalYear ?? 0) > year && typeof p.parsed.value === 'number'));
  return !laterActual && points.some((p) => p.period?.fiscalYear === year);
}
