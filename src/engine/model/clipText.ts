/**
 * A cell's text quoted in a message, cut when it is long: a message names a cell's text so the clerk can find it, and a
 * cell can hold 32,767 characters (a pasted report in a row of an export), which, quoted in full on every line of a
 * message, would bury the message. The cut text ends with 「…」 and the length of the whole.
 */

/** How many characters of a cell's text a message quotes. */
export const QUOTED_CHARS = 60;

/** The text as a message quotes it: itself, or its first QUOTED_CHARS characters, 「…」 and 「（全1,234文字）」. */
export function clipText(text: string, max = QUOTED_CHARS): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  return `${chars.slice(0, max).join('')}…（全${chars.length.toLocaleString('en-US')}文字）`;
}
