/**
 * A note on the sheet saying that an actual not confirmed yet is written as its forecast in the 見込 column: 「※令和5年度
 * 実績が確定していない指標は、実績値欄を「－」とし、実績見込欄に見込値を記載した。」. Without it a 実績見込 column beside
 * the year's plain 実績 never stands in for a 「－」, 集計中 or blank there (forecastColumns.ts: no actual yet, no grade).
 * With it the sheet itself says the forecast is the year's figure for now: where the year's plain 実績 holds no figure and
 * its 見込 does, the 見込 is the actual, graded provisional (the `actual-provisional` warning names its cell), never final.
 * A note refusing the forecast (「見込値は評価に用いない」) states nothing. The note may speak of a year's 実績 column as a whole
 * (「※令和5年度の実績値は年度終了後に確定するため空欄とし、…見込値を記載した。」, values/yearActualSubject.ts): a year it opens
 * with is the only year whose 見込 stands in. A 見込 that is not known yet either (集計中) makes that year's actual pending.
 */
import { a1 } from '../model/address';
import { normalizeText } from '../values/text';
import { yearActualSubject } from '../values/yearActualSubject';
import type { Grid } from './grid';
import { sheetMentions, textCells } from './sheetTexts';
import type { Point, RawIndicator } from './types';

/** The actual not confirmed (未確定, 確定していない, 確定前, 確定待ち). */
const UNCONFIRMED = /(未確定|確定して(い|お)ない|確定していない|確定前|確定待ち|確定値が(出て|でて)?(い)?ない|後に確定|確定(する|し)?次第|確定(する)?まで)/;
/** The forecast written in its place (見込(値)を…記載 / 記入 / 掲載 / 表示 / 計上). */
const FORECAST_WRITTEN = /見込[^。]{0,12}?(記載|記入|掲載|表示|計上|入力)/;
/** The forecast refused for judging (「見込値は評価に用いない」「評価は確定値により行う」). */
const REFUSED = /見込[^。]{0,12}?(評価|判定)[^。]{0,6}?(用いない|使用しない|含めない|しない|行わない|対象外)|(評価|判定)は?[^。]{0,4}?確定(値|した数値|実績)/;
/** The note speaks of every indicator (「…確定していない指標は」「…の項目については」), not of one row (「No.1のR5実績は」). */
const GENERAL = /(指標|項目|もの|事業|場合)(は|について|には|では)/;
/** What a plain 実績 writes where its figure is not known yet: blank, a dash, 集計中 / 確定待ち; never 未実施 or 中止. */
const NOT_YET = /^[\s　]*(?:[-－―‐ー—–─]+|集計中|確定待ち|未確定|調査中)?[\s　]*$/;

/** Whether a normalised text says unconfirmed actuals are written as forecasts in the 見込 column. */
export function saysForecastStandsIn(text: string): boolean {
  const t = normalizeText(text).replace(/\s+/g, '');
  return t.includes('実績') && UNCONFIRMED.test(t) && FORECAST_WRITTEN.test(t) && (GENERAL.test(t) || !!yearActualSubject(t)?.closed) && !REFUSED.test(t);
}

/** The fiscal year whose 実績 a note opens with (「※令和5年度の実績値は…」「※令和5年度実績が…」), or undefined when it opens with none. */
export function noteSubjectYear(text: string): number | undefined {
  return yearActualSubject(text)?.fiscalYear;
}

/** The note's cell and the year it names as its subject, or undefined when the sheet has none. */
export function forecastNote(grid: Grid): { cell: string; year?: number } | undefined {
  // The note writes 見込: a sheet not writing it is not looked through (sheetTexts.ts).
  if (!sheetMentions(grid, '見込')) return undefined;
  for (const { row: r, col: c, text: v } of textCells(grid))
    if (v.length <= 200 && v.includes('見込') && saysForecastStandsIn(v)) return { cell: a1(r, c), year: noteSubjectYear(v) };
  return undefined;
}

/** Of each year whose plain 実績 holds no figure and whose 見込 does, the 見込 as the year's provisional actual, per the note. */
export function applyForecastNote(grid: Grid, indicators: RawIndicator[]): void {
  if (!indicators.some((i) => i.actuals.some((p) => p.forecast))) return;
  const note = forecastNote(grid);
  if (!note) return;
  const standsIn = (p: Point) => p.forecast && p.period && (note.year === undefined || p.period.fiscalYear === note.year);
  for (const ind of indicators) {
    // A 見込 of 集計中 stands in too: the year's actual is not known yet (pending), never a blank.
    for (const fc of ind.actuals.filter((p) => standsIn(p) && (p.parsed.status === 'value' || p.parsed.status === 'pending'))) {
      const plain = ind.actuals.filter((p) => !p.forecast && p.period?.fiscalYear === fc.period!.fiscalYear);
      // Only a 実績 not known yet gives way: 未実施 (D) or 中止 keeps what it says.
      if (!plain.length || plain.some((p) => p.parsed.status === 'value' || !NOT_YET.test(p.parsed.text ?? ''))) continue;
      ind.actuals = ind.actuals.filter((p) => !plain.includes(p));
      provisional(fc);
    }
  }
}

/** The forecast's figure marked provisional (a 見込 is no final figure), unless its own words say so already. */
function provisional(p: Point): void {
  if (p.parsed.status === 'value' && !p.parsed.qualifier) p.parsed = { ...p.parsed, qualifier: 'provisional' };
}
