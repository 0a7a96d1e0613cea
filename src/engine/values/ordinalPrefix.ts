/**
 * A list mark before a row's kind: 「①量の見込み」「②確保方策（目標）」「③実績」「(1) 目標」「1. 実績」「ア．計画値」.
 * The mark orders the rows of a 区分 column; it is decoration, never part of the measure word it stands before.
 * Taken off before NFKC (which would make ③ the digit 3, 「3実績」, no longer told apart from a written number).
 */
const ORDINAL_PREFIX =
  /^[\s　]*(?:[①-⑳㉑-㉟㊱-㊿❶-❿➀-➉⑴-⒇⒈-⒛]|[(（][0-9０-９]{1,2}[)）]|[0-9０-９]{1,2}[.．、)）]|[(（][ア-ンa-zａ-ｚ][)）]|[ア-ン][.．、)）])[\s　]*/;

/** The text without a leading list mark, or null when it has none (or nothing follows it). */
export function withoutOrdinalPrefix(text: string): string | null {
  const m = ORDINAL_PREFIX.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  return rest.trim() ? rest : null;
}
