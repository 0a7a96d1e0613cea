/**
 * A campaign's or event's title quoted in a name (「女性に対する暴力をなくす運動」パネル展, 『ごみを減らそう週間』の啓発): the
 * quoted words are the title of what is held, not the indicator's aim, so they say no way; the words around it still do
 * (「「…運動」パネル展の開催回数」 counts events: more is better unless other words say less). Guards: only a quote ending with a
 * word naming such a title (運動, キャンペーン, 週間, 月間, 宣言, プロジェクト, 大会, フォーラム, 講座, セミナー, 作戦, の日,
 * 条例) and followed by more words (the quote modifies them); a quote standing alone or closing the text (「…は「減少を目指す」」)
 * and a quote of other words (「「減少」を目指す指標」) stay as written.
 */
const TITLE_QUOTE =
  /[「『]([^「」『』]{2,60}?(?:運動|キャンペーン|週間|月間|宣言|プロジェクト|大会|フォーラム|講座|セミナー|作戦|の日|条例))[」』](?=\s*[^\s。．.、,，\n])/g;

/** The text with quoted titles (see above) written as 「」, their words left out. */
export function withoutQuotedTitles(text: string): string {
  return text.includes('「') || text.includes('『') ? text.replace(TITLE_QUOTE, '「」') : text;
}
