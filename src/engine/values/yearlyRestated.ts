/**
 * A frequency per month or week with the year's count restated in its bracket, in the same counter (「毎月1回（年12回）」
 * 「週2回（年間100回）」): the year's count is the figure, the yearly actual being counted so. A bracket in another counter, of
 * no year (「（冬季を除く）」), or smaller than the frequency is no restatement: the cell is read as before.
 */
import type { ParsedValue } from './parsedValue';
import { oneLine } from './text';
import { YEAR_COUNTER } from './yearCounter';

/**
 * Per month or week: 毎月 / 月 / 毎週 / 週, every other (隔月, 隔週) or every few (「2か月に」「2週間に」) — review rv81 — or per
 * quarter (四半期に). The bracket's year count may be approximate or a floor (「年12回程度」「年6回以上」), still the figure set,
 * its qualifier kept (review rv82b item 5). A range (「月1～2回（年18回）」, the count no smaller than its low end) and a footnote
 * mark after the bracket (「隔月1回（年6回）※」) restate the year too (review rv82b item 7).
 */
const EVERY = `(?:毎月|月|隔月|毎週|週|隔週|四半期に|四半期毎に|\\d+${YEAR_COUNTER}?月に|\\d+週間?に)`;
const RESTATED = new RegExp(
  `^${EVERY}(\\d+(?:\\.\\d+)?)(?:[~～〜]\\d+)?(回|件|本|号|日)[(（](?:年間?|年度間?|1年間?)(\\d+(?:\\.\\d+)?)\\2(程度|前後|以上)?[)）](?:[※*]\\d?)?$`,
);

/** The year's count of such a cell, parsed as 「年12回」 is (by `parse`), its text the cell's; undefined for any other text. */
export function restatedYearly(raw: string, parse: (text: string) => ParsedValue): ParsedValue | undefined {
  const m = RESTATED.exec(raw.normalize('NFKC').replace(/\s+/g, ''));
  if (!m || Number(m[3]) < Number(m[1])) return undefined;
  return { ...parse(`年${m[3]}${m[2]}${m[4] ?? ''}`), text: oneLine(raw) };
}
