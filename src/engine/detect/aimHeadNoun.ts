/**
 * An aimed object written with its modifiers before it (「地域包括支援センターが対応する困難事例の減少を目指す指標」): its head
 * noun, the words after its last particle or verb ending (困難事例), names the thing the indicator counts when the name
 * holds it (認知症に関する困難事例の件数), as a clerk reads 「…が対応する困難事例」 as those cases. Guards: the head must
 * carry three kanji or katakana at least, and two once a closing counter (数, 件数, 人数, 率, 割合, 量, 額) is taken off it: a bare
 * 件数 or 参加者数 head is the measure, not the thing, and says nothing; a rate of a reduction is decided before (nameMeasure.ts).
 */
import { contentOf, measureOf } from './nameMeasure';

const COUNTER_TAIL = /(?:件数|人数|回数|数|率|割合|量|額)$/;

/** Whether the object's head noun (see above) stands in the name's content words. */
export function headNounInName(object: string, name: string): boolean {
  const head = measureOf(object);
  if (head.length < 3 || head.replace(COUNTER_TAIL, '').length < 2) return false;
  return contentOf(name).includes(head);
}
