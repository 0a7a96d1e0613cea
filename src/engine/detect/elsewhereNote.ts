/**
 * A sentence of a footnote saying the indicators it speaks of stand in another table or paper (「減少を目指す指標2件は別表に
 * 掲載。」「少ないほど良い指標は別紙参照」): it names none of the rows beside it, whatever way it says they go. A clerk reads
 * the rest of the note (its other sentences) as written.
 */

/** Another table or paper, then a word saying the indicators are shown there (掲載, 記載, 参照, 示す, 掲げる, まとめる). */
const ELSEWHERE =
  /(?:別表|別紙|別添|別冊|別シート|別ページ)[0-9０-９一二三四五六七八九十ー\-－・、]*(?:に|で|を|へ|の通り|のとおり|として)?(?:掲載|記載|参照|示|掲げ|まとめ|整理|一覧)/;

/** Whether the sentence says what it speaks of stands in another table or paper. */
export function speaksOfAnotherTable(sentence: string): boolean {
  return ELSEWHERE.test(sentence);
}

/** The text without its sentences that speak of another table (each sentence up to its 。 or ．). */
export function withoutElsewhereSentences(text: string): string {
  if (!/別(?:表|紙|添|冊|シート|ページ)/.test(text)) return text;
  return text
    .split(/(?<=[。．])/)
    .filter((s) => !speaksOfAnotherTable(s))
    .join('');
}
