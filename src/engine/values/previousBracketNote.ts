/**
 * A rating label's later line saying that the bracketed grade beside it is last year's (「施策の達成状況⏎（　）は前年度」,
 * 「達成状況評価⏎※（　）内は前年度の評価」): a note on where last year's grade stands, no word of the label. Only a line of empty
 * brackets followed by a word of the year before is such a note; a bracket on the label's own line (「施策の評価（前年度）」, last
 * year's own label) stays in it, and so does a line naming anything else (「（　）は目標値」).
 */
import { normalizeText } from './text';

const NOTE_LINE = /^※?\(\)(?:内|の中)?(?:は|[:=])?(?:前年度|昨年度|前回|前年)(?:の)?(?:評価|達成状況|評価結果|結果|判定)?(?:です|を示す|を表す)?[。.]?$/;

/** Whether one line of a cell says the bracketed grade is last year's: 「（　）は前年度」. */
export function isPreviousBracketNote(line: string): boolean {
  return NOTE_LINE.test(normalizeText(line).replace(/\s+/g, ''));
}

/** The label's text without its later lines saying the bracketed grade is last year's; the text as it is when its first line is one. */
export function withoutPreviousBracketNote(text: string): string {
  const lines = text.split('\n');
  if (lines.length < 2 || isPreviousBracketNote(lines[0])) return text;
  return lines.filter((line, i) => i === 0 || !isPreviousBracketNote(line)).join('\n');
}
