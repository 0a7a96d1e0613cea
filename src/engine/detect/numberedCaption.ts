/**
 * A small table's numbered caption: 「(1) 居宅介護」「１　温室効果ガス総排出量（単位：t-CO2）」「① 就労移行支援」 on the line right
 * above a block of one indicator's rows (区分 | 単位 | R3 | R4 | R5, then 計画値 / 実績 / 達成率) with no 指標名 column. A plan
 * that lays its services out as a numbered list of small tables names each by its caption; a clerk guesses nothing, so the
 * reader does not flag the name as taken from a nearby heading. An unnumbered line above the block still is a guess.
 */
import { withoutOrdinalPrefix } from '../values/ordinalPrefix';
import { unitOfLine } from '../values/unitLine';

/** 「１　…」「1 …」: a bare number and a space before the caption (ordinalPrefix.ts wants a bracket or a stop after it). */
const SPACED_NUMBER = /^[\s　]*[0-9０-９]{1,2}[\s　]+(?=\S)/;

/** Whether the text is a caption numbered as an item of a list, with words after the number. */
export function isNumberedCaption(text: string): boolean {
  const first = text.split('\n')[0];
  const rest = withoutOrdinalPrefix(first) ?? (SPACED_NUMBER.test(first) ? first.replace(SPACED_NUMBER, '') : null);
  // The words after the number are a caption, not a figure (「(1) 120人」) nor another number, nor a unit line (「(1) 単位：千円」),
  // nor a heading of the plan's structure (「１　基本目標1　健やかに…」「(1) 施策…」) that stands over its indicators.
  return (
    rest !== null &&
    !/^[\s　]*[0-9０-９]/.test(rest) &&
    /[^\s\d０-９.,，．％%()（）-]/.test(rest) &&
    !unitOfLine(rest) &&
    !/^[\s　]*(基本目標|基本方針|基本施策|施策|政策|分野|重点|目標|章|節|柱)/.test(rest)
  );
}

/**
 * Whether the heading at `row` captions the block whose period row is `periodRow`: numbered, on the line right above it or
 * with only empty lines between (`textOn(r)`: whether line r holds any text in the block's columns), over one indicator only,
 * whose period row holds no name of its own (`namedOnPeriodRow`).
 */
export function captionsBlock(text: string, row: number, periodRow: number, groups: number, textOn: (r: number) => boolean, namedOnPeriodRow = false): boolean {
  // A block naming its indicator on its own period row (「特定健康診査の受診率 | 単位 | 令和3年度 …」) is not named by the line above.
  if (groups !== 1 || namedOnPeriodRow || !isNumberedCaption(text)) return false;
  for (let r = row + 1; r < periodRow; r++) if (textOn(r)) return false;
  return true;
}
