/**
 * A table captioned as reference figures: 「■参考指標（目標値は設定していない）」「【参考値】」「参考データ」 over its header,
 * beside or under the table of graded indicators, or 参考 in brackets before other words (「（参考）施設別の内訳」). Its rows
 * are figures a city watches, never indicators it grades: the table reader leaves them out. A caption that only says 参考 with another year (「【参考】令和4年度」) is a copy of the
 * sheet's table for that year, told by otherPeriodCopies.ts, not this.
 */
import { findPeriod } from '../values/periods';
import { compact, normalizeText } from '../values/text';
import type { CellIndex } from './cells';

const REFERENCE_CAPTION = /^[■□●○◆◇▼▽・\s【［[〔(（<＜]*参考(指標|値|データ|数値|項目|統計)/;
/** 参考 in brackets before the caption's words: 「（参考）施設別の内訳」「【参考】市内の状況」. */
const BRACKETED_REFERENCE = /^[■□●○◆◇▼▽・\s]*[【［[〔(（<＜]参考[】］\]〕)）>＞]/;
/** How far above the header its caption may stand. */
const CAPTION_REACH = 2;

/**
 * Whether the nearest line above the header band (`top`), within the table's columns `lo`..`hi`, captions the table
 * as reference figures.
 */
export function isReferenceTable(index: CellIndex, top: number, lo: number, hi: number): boolean {
  for (let r = top - 1; r >= top - CAPTION_REACH; r--) {
    const texts = index.row(r).filter((c) => c.text && c.col >= lo && c.col <= hi);
    if (!texts.length) continue;
    const caption = compact(normalizeText(texts[0].text));
    return REFERENCE_CAPTION.test(caption) || (BRACKETED_REFERENCE.test(caption) && !findPeriod(caption));
  }
  return false;
}
