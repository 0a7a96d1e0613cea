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

/** A rate of a reduction (削減率, 減少率, 除却率): more is better, whatever its remark aims to lower. */
const REDUCTION_RATE = /(減少|削減|低減|縮減|除却|解消|改善|抑制)率$/;

/**
 * A measure of the lowering itself (経費削減効果額, 人件費削減額, ごみ減量化率, 時間外勤務縮減達成率, CO2削減量): more is better, and a
 * remark lowering its thing (「経費の削減」) names the means (review rv53).
 */
const LOWERING_MEASURE = /(?:削減|縮減|減量|低減|抑制|解消)\S*?(?:効果額?|額|量|率|件数)$|効果額$/;

/**
 * Whether a remark's aim to lower `object` (「未受診者の減少を目指す」) speaks of the indicator `name`: the object names the
 * name's measure (排出量 in 「温室効果ガス排出量の削減を図る」) or stands in the name (交通事故 of 交通事故件数, 肥満者 of 肥満者の割合),
 * and the name is no rate of a reduction (認知件数 of 刑法犯認知件数の減少率 goes down as the rate goes up). An object with no
 * kanji or katakana (「CO2の削減」) cannot be told apart: it speaks. `preventing`: the aim prevents, eases, does away with or shortens
 * its object (防止, 軽減, 解消, 短縮) rather than lowering it; such an aim at another thing is set aside only for a rate or share.
 */
export function aimSpeaksOf(object: string, name: string, preventing = false): boolean {
  const [said, measure] = [contentOf(object), measureOf(name)];
  if (LOWERING_MEASURE.test(bareName(name).replace(/\s+/g, ''))) return false;
  if (!said) return true;
  // Review rv66: what the work prevents, eases or shortens (「歩行環境の悪化を防止」 beside 放置自転車台数, 「待ち時間を短縮」 beside
  // 処理日数) is often the end the figure serves by going down; only a rate or share is taken to measure another thing.
  if (preventing && !/率$/.test(measure)) return true;
  if (REDUCTION_RATE.test(measure)) return false;
  // 「…が対応する困難事例の減少」 beside 認知症に関する困難事例の件数: its head noun names the counted thing (headNounInName below).
  return said.endsWith(measure) || contentOf(bareName(name)).includes(said) || headNounInName(object, bareName(name));
}

/**
 * An aimed object written with its modifiers before it (「地域包括支援センターが対応する困難事例の減少を目指す指標」): its head
 * noun, the words after its last particle or verb ending (困難事例), names the thing the indicator counts when the name
 * holds it (認知症に関する困難事例の件数), as a clerk reads 「…が対応する困難事例」 as those cases. Guards: the head must
 * carry three kanji or katakana at least, and two once a closing counter (数, 件数, 人数, 率, 割合, 量, 額) is taken off it: a bare
 * 件数 or 参加者数 head is the measure, not the thing, and says nothing; a rate of a reduction is decided before (nameMeasure.ts).
 */
const COUNTER_TAIL = /(?:件数|人数|回数|数|率|割合|量|額)$/;

/** Whether the object's head noun (see above) stands in the name's content words. */
export function headNounInName(object: string, name: string): boolean {
  const head = measureOf(object);
  if (head.length < 3 || head.replace(COUNTER_TAIL, '').length < 2) return false;
  return contentOf(name).includes(head);
}
