/**
 * What a name measures: its words after its last particle, 「不登校児童生徒への支援件数」 → 支援件数, 「生涯学習講座の参加者数」 →
 * 参加者数 (the whole name when it has none), compared on the characters carrying meaning (kanji, katakana), a closing 割合
 * read as 率. A note's subject speaks of an indicator only when it names that measure (directionNoteSimilar.ts); a
 * 「うちオンライン参加者数」 row breaks its parent down only when it counts the parent's measure (breakdownRows.ts).
 */
import { normalizeText } from '../values/text';

/** The characters that carry meaning: kanji, katakana (not the particles and endings in hiragana). */
const CONTENT = /[\p{Script=Han}\p{Script=Katakana}ー]/gu;

/** The content characters of a text, a closing 割合 read as 率. */
export const contentOf = (text: string): string => (text.match(CONTENT) ?? []).join('').replace(/割合$/, '率');

/** The name without a closing bracketed qualifier (「（4月1日）」). */
export const bareName = (name: string): string => normalizeText(name).replace(/[（(][^）)]*[）)]$/, '');

/** The name's measure (see above), as content characters. */
export function measureOf(name: string): string {
  const held = bareName(name);
  const tail = held.split(/\p{Script=Hiragana}+/u).pop() ?? held;
  return contentOf(tail) || contentOf(held);
}
