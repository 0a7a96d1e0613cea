/**
 * Digits inside a Latin word are no figure: 「V2H 10基」 (a charger), 「CO2 30t」, 「PM2.5 12μg」, 「A4 500枚」. Such digits stand
 * right after a Latin letter with no space, no unit after them, and another figure later in the text, the measure's own:
 * 「EV30台」 (a unit after) and a lone 「CO2」 (no other figure) keep their digits, left to the rules that read them.
 *
 * Narrowed (review rv74): the digits must also continue the word — a Latin letter right after them (V2H), a decimal (PM2.5), or
 * a space and then directly the measure's figure (CO2 30t, A4 500枚). Digits followed by a separator or by another
 * letter-then-number pair are a label's figure (「EV12・PHV8」「LED1200 HF300」「HV10、EV5」 are 12 + 8, 1,200 + 300, 10 + 5).
 */

/** A Latin letter: the end of a word the digits continue. */
const LATIN_LETTER = /[A-Za-z]/;

/** After the digits: a Latin letter glued on (V2H), or a space and then directly a figure (CO2 30t). */
const WORD_GOES_ON = /^(?:[A-Za-z]|\s+\d)/;

/**
 * Whether the digits at `start`…`end` of `t` (with no sign before them and no unit read after them) are part of a Latin word
 * rather than a figure: a letter right before, a digit later in the text, and the word going on after them (a letter, a
 * decimal, or a space before the figure).
 */
export function digitsOfWord(t: string, start: number, end: number): boolean {
  if (start === 0 || !LATIN_LETTER.test(t[start - 1])) return false;
  const rest = t.slice(end);
  if (!/\d/.test(rest)) return false;
  return t.slice(start, end).includes('.') || WORD_GOES_ON.test(rest);
}
