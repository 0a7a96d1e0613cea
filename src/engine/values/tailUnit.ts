/**
 * A unit word written after the only number of a cell that the list of known units does not hold:
 * "492 経営体", "12 団地", "3 コース". Only a short word of kanji or katakana that ends the cell,
 * and never a word that says something else about the figure (見込み, 以上, 達成, 増); a bound after the word (「分以内」) is
 * the figure's, not the unit's.
 */

/** One to four kanji or katakana (ー included), nothing else. */
const WORD = /^[\p{Script=Han}\p{Script=Katakana}ー]{1,4}$/u;

/** Words that are not units: qualifiers, states and changes. */
const NOT_A_UNIT = /(見込|速報|暫定|確定|概数|概算|以上|以下|以内|未満|程度|前後|超|達成|予定|実施|済|中|増|減|計|累計|合計|現在|時点|末|頃|年度|目標|実績)/;

/**
 * A bound written after the unit word (「8.5分以内」「5分未満」「30日以上」): the target's way (targetBound.ts), never part of its
 * unit, which is the word before it.
 */
const BOUND_AFTER = /(?<=\S)(以内|以下|以上|未満|超)$/;

/** The unit word that makes up the rest of a cell after its number, or undefined. */
export function tailUnit(rest: string): string | undefined {
  const w = rest.trim().replace(BOUND_AFTER, '');
  if (!WORD.test(w) || NOT_A_UNIT.test(w)) return undefined;
  return w;
}
