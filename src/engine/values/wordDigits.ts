/**
 * Digits inside a Latin word are no figure: 「V2H 10基」 (a charger), 「CO2 30t」, 「PM2.5 12μg」, 「A4 500枚」. Such digits stand
 * right after a Latin letter with no space, no unit after them, and another figure later in the text, the measure's own:
 * 「EV30台」 (a unit after) and a lone 「CO2」 (no other figure) keep their digits, left to the rules that read them.
 */

/** A Latin letter: the end of a word the digits continue. */
const LATIN_LETTER = /[A-Za-z]/;

/**
 * Whether the digits at `start`…`end` of `t` (with no sign before them and no unit read after them) are part of a Latin word
 * rather than a figure: a letter right before, and a digit later in the text.
 */
export function digitsOfWord(t: string, start: number, end: number): boolean {
  if (start === 0 || !LATIN_LETTER.test(t[start - 1])) return false;
  return /\d/.test(t.slice(end));
}
