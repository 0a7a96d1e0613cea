/** Circled numbers (①…㊿) in a cell being parsed: each is a measure's mark, kept apart as a private-use character while the text is normalised. */
import { circledNumber } from './text';

/** The first of the private-use characters that stand for ①…㊿ while a cell is parsed (NFKC would make them digits). */
const MARK = 0xe000;
const CIRCLED = /[\u2460-\u2473\u3251-\u325F\u32B1-\u32BF]/g;
/** The private-use marks standing for circled numbers in a text being parsed. */
export const MARKS = /[\uE001-\uE032]/g;

/** "①勉強会:30人" → " \uE001 勉強会:30人": a circled number is a measure's mark, not a number. */
export function markCircled(s: string): string {
  return s.replace(CIRCLED, (ch) => ` ${String.fromCharCode(MARK + circledNumber(ch)!)} `);
}

/** The circled number a mark stands for: ① … ⑳, then (21) …. */
export function unmark(s: string): string {
  return s.replace(MARKS, (m) => {
    const n = m.charCodeAt(0) - MARK;
    return n <= 20 ? String.fromCharCode(0x2460 + n - 1) : `(${n})`;
  });
}
