/**
 * Digits inside a Latin word are no figure: 「V2H 10基」 (a charger), 「CO2 30t」, 「PM2.5 12μg」, 「A4 500枚」. Such digits stand
 * right after a Latin letter with no space, no unit after them, and another figure later in the text, the measure's own:
 * 「EV30台」 (a unit after) and a lone 「CO2」 (no other figure) keep their digits, left to the rules that read them.
 *
 * Narrowed (review rv74): the digits must also go on into the word or straight to the measure's figure — a Latin letter right
 * after them (V2H), or nothing but spaces, an era year or kanji before the next figure (CO2 30t, 「CO2 H30比 12%減」, 「A4判 500枚」).
 * A list separator after them (「HV10、EV5」) or a Latin word before the next figure (「EV12 PHV8」「LED1200 HF300」, another
 * letter-then-number pair) makes them a label's figure, kept: 12 + 8, 1,200 + 300, 10 + 5. Review rv76: so too a kanji counter
 * after them that the next figure repeats (「LED12灯 水銀灯3灯」: 12 + 3).
 */

/** A Latin letter: the end of a word the digits continue. */
const LATIN_LETTER = /[A-Za-z]/;

/** An era year standing alone (「H30」「R5」, not the 「V2」 of a word): a note, never the next figure. */
const ERA_YEAR = /(?<![A-Za-z0-9])[MTSHR]\d{1,2}(?!\d)/g;

/** A separator of a list of figures (「EV12・PHV8」「HV10、EV5」「EV12／PHV8」). */
const LIST_SEPARATOR = /^\s*[、,，・/／;；]/;

/**
 * A kanji right after the digits that also follows the next figure (「LED12灯 水銀灯3灯」): the counter of a list of figures,
 * so the digits are the first figure, whatever the unit (review rv76). 「A4判 500枚」 counts in another word: not a counter.
 */
function sameCounterLater(t: string, end: number, fromNext: string): boolean {
  const counter = t[end] ?? '';
  if (!/^\p{Script=Han}$/u.test(counter)) return false;
  return new RegExp(`^[\\d,.]+${counter}`).test(fromNext);
}

/**
 * Whether the digits at `start`…`end` of `t` (with no sign before them and no unit read after them) are part of a Latin word
 * rather than a figure: a letter right before, a figure later in the text (an era year aside), and no list separator or Latin
 * word between them and that figure unless the word goes on right after the digits (V2H).
 */
export function digitsOfWord(t: string, start: number, end: number): boolean {
  if (start === 0 || !LATIN_LETTER.test(t[start - 1])) return false;
  const rest = t.replace(ERA_YEAR, (m) => ' '.repeat(m.length)).slice(end);
  const next = rest.search(/\d/);
  if (next < 0) return false;
  if (LATIN_LETTER.test(t[end] ?? '')) return true;
  if (sameCounterLater(t, end, rest.slice(next))) return false;
  const between = rest.slice(0, next);
  return !LIST_SEPARATOR.test(between) && !LATIN_LETTER.test(between);
}
