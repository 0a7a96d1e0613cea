/**
 * A small table's numbered caption: 「(1) 居宅介護」「１　温室効果ガス総排出量（単位：t-CO2）」「① 就労移行支援」 on the line right
 * above a block of one indicator's rows (区分 | 単位 | R3 | R4 | R5, then 計画値 / 実績 / 達成率) with no 指標名 column. A plan
 * that lays its services out as a numbered list of small tables names each by its caption; a clerk guesses nothing, so the
 * reader does not flag the name as taken from a nearby heading. An unnumbered line above the block still is a guess.
 */
import { withoutOrdinalPrefix } from '../values/ordinalPrefix';

/** 「１　…」「1 …」: a bare number and a space before the caption (ordinalPrefix.ts wants a bracket or a stop after it). */
const SPACED_NUMBER = /^[\s　]*[0-9０-９]{1,2}[\s　]+(?=\S)/;

/** Whether the text is a caption numbered as an item of a list, with words after the number. */
export function isNumberedCaption(text: string): boolean {
  const first = text.split('\n')[0];
  const rest = withoutOrdinalPrefix(first) ?? (SPACED_NUMBER.test(first) ? first.replace(SPACED_NUMBER, '') : null);
  // The words after the number are a caption, not a figure (「(1) 120人」) nor another number.
  return rest !== null && !/^[\s　]*[0-9０-９]/.test(rest) && /[^\s\d０-９.,，．％%()（）-]/.test(rest);
}

/**
 * Whether the heading at `row` captions the block whose period row is `periodRow`: numbered, on the line right above it or
 * with only empty lines between (`textOn(r)`: whether line r holds any text in the block's columns), over one indicator only.
 */
export function captionsBlock(text: string, row: number, periodRow: number, groups: number, textOn: (r: number) => boolean): boolean {
  if (groups !== 1 || !isNumberedCaption(text)) return false;
  for (let r = row + 1; r < periodRow; r++) if (textOn(r)) return false;
  return true;
}
