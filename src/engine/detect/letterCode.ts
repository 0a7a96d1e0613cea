/**
 * A system's indicator code written in front of the name, letters and a zero-padded number, then a space:
 * 「D01 オンライン申請可能な手続数」「KPI-003 転入者数」「E_02 リサイクル率」 (a pivot table's item, an export's joined
 * label). The code numbers the row (its id), never part of the name. A number not padded (「CO2 排出量」), a year (「R05 実績」
 * 「H30 …」) or a code with nothing after it is no such code.
 */
import { normalizeText } from '../values/text';
import { parsePeriodCell } from '../values/periods';

const LETTER_CODE = /^[\s　]*([A-Za-z]{1,3}[-_]?0[0-9]{1,3})[\s　]+(?=\S)/;

export function leadingLetterCode(text: string): { id: string; length: number } | null {
  const m = LETTER_CODE.exec(normalizeText(text));
  if (!m || parsePeriodCell(m[1])) return null;
  // NFKC keeps the length of these characters (full-width letters and digits fold one to one).
  return { id: m[1], length: m[0].length };
}
