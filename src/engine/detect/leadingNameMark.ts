/**
 * A ※ written before an indicator's name (「※地盤沈下量（年間最大）」, the footnote under the table saying 「※印の指標は値が
 * 小さいほど良好な指標」): a mark on the row, read by markedNameNote.ts from the cell, never the start of a note. The name is
 * what follows it; a ※ later in the cell still opens the name's note (「※揚水量 ※条例対象事業所」).
 * Guards: the ※ must be bare (「※1」 before a name is a numbered mark the name may begin with: 「※1人1日当たり給水量」 keeps
 * its 1), and what follows must read as a name, not a sentence (「※令和5年度は速報値。」 in a name cell stays a note: no name).
 * An asterisk (＊, *) before a name is the same mark on the row (「＊地盤沈下量（年間最大）」 under 「＊印の指標は値が小さいほど良好な
 * 指標」: review rv81 item 2), read by markedNameNote.ts from the cell; it opens no note, so a sentence after it stays the name's text.
 */

/** A sentence's ending: a 。, or a clause closing on a verb or copula. */
const SENTENCE = /[。．]|(?:です|ます|である|とする|している|を含む|を除く)$/;

/** The name and the note of a name's text split at its ※ (the whole text is the name when it has none). */
export function splitNameNote(text: string): { name: string; note?: string } {
  const lead = /^[\s　]*[※*＊][\s　]*/.exec(text);
  const rest = lead ? text.slice(lead[0].length) : text;
  const marked = lead !== null && rest !== '' && !SENTENCE.test(rest.split('※')[0].trim());
  // An asterisk opens no note: a sentence after it is left as written.
  const body = marked ? rest : text;
  const kome = body.indexOf('※');
  if (kome < 0) return { name: body };
  return { name: body.slice(0, kome), note: body.slice(kome + 1).trim() };
}
