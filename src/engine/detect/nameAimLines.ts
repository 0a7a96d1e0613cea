/**
 * A ※ line under a name in its own cell states the indicator's aim when its words are about the aim (「公用車の燃料使用量⏎（単位：L）⏎
 * ※減少を目指す指標」, a heading over 目標 | 実績 with years as rows): such words join the words read for its direction, as a
 * table row's name cell's ※ line does (tables.ts). Only a line opening with ※ after the first, and of it only a clause stating an
 * aim (remarkAims.ts): 「※R5は速報値」 or 「※新型コロナの影響で減少した」 says nothing of the way.
 *
 * Review rv74: only an aim at the indicator's own quantity, as the 備考 column reads it (nameMeasure.ts aimSpeaksOf): 「※医療費の
 * 抑制を図る」 under 特定健診受診率, 「※待機児童ゼロを目指す」 under 保育所定員数 aim at another thing. So too a way word glued to
 * the thing it lowers with no particle (「※温室効果ガス削減を図る」「※…CO2排出削減を図る」), which remarkAims cannot see.
 * Review rv76: a glued thing sharing a content word with the name (「※消費者トラブル相談削減」 under 消費生活相談件数) is its own.
 */
import { remarkAims } from '../values/remarkAims';
import { normalizeText } from '../values/text';
import { aimSpeaksOf } from './nameMeasure';

/** A lowering word glued to a noun before it (「温室効果ガス削減」「CO2排出削減」): that noun is the thing lowered. */
const GLUED_OBJECT = /([\p{Script=Han}\p{Script=Katakana}ーA-Za-z0-9.]+?)(?:削減|減少|抑制|縮減|低減|低下|縮小)/u;
/** A glued word that is a comparison, a time or a share, not a thing (「前年度比削減」「R4比減少」「毎年度削減」「3割削減」). */
const NOT_A_THING = /(比|年度?|毎年|前年|年々|大幅|一層|更なる|継続|割)$/;

/** Two-character words too common to tie an aim to a name (the place, the people, the measure's frame). */
const COMMON_PAIR = /^(?:市内|市民|市域|本市|全市|地域|全体|年間|年度|一人|当た|件数|人数|割合|比率)$/;

/**
 * Whether the glued object shares a content word (two kanji or katakana in a row) with the name: 「消費者トラブル相談」 under
 * 消費生活相談件数 aims at the name's own 相談 (review rv76), worded otherwise.
 */
function sharesWord(object: string, name: string): boolean {
  const n = normalizeText(name);
  for (let i = 0; i + 2 <= object.length; i++) {
    const pair = object.slice(i, i + 2);
    if (/^[\p{Script=Han}\p{Script=Katakana}ー]{2}$/u.test(pair) && !COMMON_PAIR.test(pair) && n.includes(pair)) return true;
  }
  return false;
}

/** Whether a clause lowers a thing written glued to its way word that is not the indicator's own quantity. */
function gluedOtherObject(clause: string, name: string): boolean {
  const object = GLUED_OBJECT.exec(normalizeText(clause))?.[1];
  if (!object || NOT_A_THING.test(object)) return false;
  return !aimSpeaksOf(object, name) && !sharesWord(object, name);
}

/** The aim words of the ※ lines under the name's first line in the name cell's text, '' when none; `name` the indicator's name. */
export function nameAimLines(raw: string, name?: string): string {
  const lines = raw.split('\n').slice(1);
  const aims = remarkAims(lines.filter((l) => /^\s*※/.test(l)).join('。'), name === undefined ? undefined : (o, p) => aimSpeaksOf(o, name, p));
  if (name === undefined || !aims) return aims;
  return aims
    .split('。')
    .filter((c) => !gluedOtherObject(c, name))
    .join('。');
}
