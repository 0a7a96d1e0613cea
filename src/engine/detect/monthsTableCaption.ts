/**
 * What dates a record by months (区分 | 4月 … 3月 | 年間計, monthsTotalColumn.ts): its heading names no year, so only a caption
 * just above the heading row does (「【令和5年度】」「【令和6年度】（12月末現在）」「【参考】令和4年度　月別利用実績」): one short text
 * alone on its row, blank rows between allowed. A caption naming a fiscal year dates the table to it; one stating an as-of date
 * alone (「（12月末現在）」) dates it apart from an undated table though to no year. Review rv80 items 2 and 7: a table captioned
 * with another year than the sheet's is that year's record, never the sheet's year's figures. A unit line between the caption and
 * the heading (「令和4年度（参考）」 over 「（単位：人）」) is the table's unit, passed over: the caption is the line above it (review rv81 item 3).
 */
import { findPeriod } from '../values/periods';
import { normalizeText } from '../values/text';
import { unitLine } from '../values/unitLine';
import type { CellIndex } from './cells';

/** How far above the heading row the caption may stand. */
const CAPTION_REACH = 2;
/** An as-of date: 「（12月末現在）」「3月31日時点」「令和6年12月末」. */
const AS_OF = /[0-9]{1,2}月(?:[0-9]{1,2}日|末)?(?:現在|時点)|[0-9]{1,2}月末/;

export interface MonthsCaption {
  /** The fiscal year the caption names, or null (an as-of date alone). */
  fiscalYear: number | null;
  /** The caption's words, to tell two tables apart. */
  text: string;
}

/** The caption just above a months table's heading row `row`, or null when none dates it. */
export function monthsTableCaption(index: CellIndex, row: number): MonthsCaption | null {
  let reach = CAPTION_REACH;
  for (let r = row - 1; r >= row - reach && r >= 1; r--) {
    const texts = index.row(r).filter((c) => c.text.trim());
    if (!texts.length) continue;
    if (texts.length !== 1 || texts[0].text.length > 40) return null;
    // 「（単位：人）」 under the caption: the table's unit line, one more row to look over.
    if (unitLine(normalizeText(texts[0].text)) && reach === CAPTION_REACH) {
      reach++;
      continue;
    }
    const text = normalizeText(texts[0].text).replace(/\s+/g, '');
    const found = findPeriod(text);
    if (found && found.period.kind === 'fiscal') return { fiscalYear: found.period.fiscalYear, text };
    return AS_OF.test(text) ? { fiscalYear: null, text } : null;
  }
  return null;
}
