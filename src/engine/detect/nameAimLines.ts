/**
 * A ※ line under a name in its own cell states the indicator's aim when its words are about the aim (「公用車の燃料使用量⏎（単位：L）⏎
 * ※減少を目指す指標」, a heading over 目標 | 実績 with years as rows): such words join the words read for its direction, as a
 * table row's name cell's ※ line does (tables.ts). Only a line opening with ※ after the first, and of it only a clause stating an
 * aim (remarkAims.ts): 「※R5は速報値」 or 「※新型コロナの影響で減少した」 says nothing of the way.
 */
import { remarkAims } from '../values/remarkAims';

/** The aim words of the ※ lines under the name's first line in the name cell's text, '' when none. */
export function nameAimLines(raw: string): string {
  const lines = raw.split('\n').slice(1);
  return remarkAims(lines.filter((l) => /^\s*※/.test(l)).join('。'));
}
