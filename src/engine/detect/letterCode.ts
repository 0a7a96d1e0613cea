/**
 * A system's indicator code written in front of the name, letters and a zero-padded number, then a space:
 * 「D01 オンライン申請可能な手続数」「KPI-003 転入者数」「E_02 リサイクル率」 (a pivot table's item, an export's joined
 * label). The code numbers the row (its id), never part of the name. A number not padded (「CO2 排出量」), a year (「R05 実績」
 * 「H30 …」) or a code with nothing after it is no such code. So is such a code in the brackets a clerk numbers a row with,
 * 「【D-01】橋梁長寿命化修繕事業」「［KPI_3］…」: letters, then a dash or a zero-padded number (「【CO2】」 is no code), no space needed.
 */
import { normalizeText } from '../values/text';
import { parsePeriodCell } from '../values/periods';

const LETTER_CODE = /^[\s　]*([A-Za-z]{1,3}[-_]?0[0-9]{1,3})[\s　]+(?=\S)/;

/** A letter code in brackets: 【D-01】, 【KPI-3-1】, ［E_02］, 〔A01〕 (after NFKC, ［］ are [ ]). */
const BRACKETED_LETTER_CODE = /^[\s　]*[【[〔][\s　]*([A-Za-z]{1,3}(?:[-_][0-9]{1,3}(?:[-_][0-9]{1,3})*|0[0-9]{1,3}))[\s　]*[】\]〕][\s　]*(?=\S)/;

export function leadingLetterCode(text: string): { id: string; length: number } | null {
  const folded = normalizeText(text);
  const m = LETTER_CODE.exec(folded) ?? BRACKETED_LETTER_CODE.exec(folded);
  // 【R-5】 is an era's year written with a dash, 【SDG-11】 a goal's tag shared by rows: no code of the row (review rv52).
  if (!m || parsePeriodCell(m[1]) || parsePeriodCell(m[1].replace(/[-_]/g, '')) || /^SDGs?[-_]/i.test(m[1])) return null;
  // NFKC keeps the length of these characters (full-width letters and digits fold one to one).
  return { id: m[1], length: m[0].length };
}
