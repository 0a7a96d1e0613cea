/**
 * A name closing with its counter in brackets, the very thing it counts written again (「活用事業数（事業）」「提供言語数（言語）」
 * 「開設コース数（コース）」): an indicator's name with its unit, never a heading of what the bracket's word heads alone (事業 heads
 * the names of 事業, 事業名). Only when the words before the bracket end with the bracket's word and 数, the bracket closing the text.
 * 「項目（事業）」「実施事業（事業）」 name no count of it and are read as before.
 */
const NAME_WITH_COUNTER = /^(.+)[(（]([^()（）]{1,6})[)）]$/;

export function countsItsBracket(text: string): boolean {
  const m = NAME_WITH_COUNTER.exec(text);
  return !!m && m[1].endsWith(`${m[2]}数`);
}
