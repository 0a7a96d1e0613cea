/**
 * Words beside a number that say it is not a final figure: 見込み / 見込値 / 速報値 / 暫定 / 未確定
 * (provisional: a later figure will replace it) and 約 / 概数 / 概算 / およそ / 以上 / 未満 / 程度
 * (approximate: the figure is not exact). A value with such a word is read as its number with the
 * qualifier, never silently as a final figure.
 */

/** Why a number is not a final figure. */
export type Qualifier = 'provisional' | 'approximate';

/** Words that mark a figure as provisional wherever they stand in the cell or its notes. */
const PROVISIONAL = /(見込|見通し|速報|暫定|未確定|確定前|仮集計|推計中)/;
/** Words that mark a figure as approximate wherever they stand. */
const APPROXIMATE_WORDS = /(概数|概算)/;
/**
 * Approximate when written right before the number: 約 1,200 / およそ 30 / 概ね 50. A 約 closing a word is no such mark:
 * 成約7件 (contracts made), 契約 / 予約 / 解約 / 集約 / 節約 / 要約 / 制約 / 協約 name what is counted.
 */
export const BEFORE_NUMBER =
  /((?:(?<![成契予解集節要制協条規特確公])|(?<=(?:新規|助成|育成|達成|作成|完成|形成|構成|結成|養成|編成|造成|醸成)))約|およそ|概ね|ほぼ)\s*[▲△-]?\s*\d/;
/**
 * A label ending in a 約 that is no mark but the end of its word (「成約 20件」: the label is 成約, not 成 with 約 20); after a word
 * closing in 規 or 成 (新規, 助成, 育成) the 約 is the mark again: 「新規約20件」 is 新規, about 20 (review rv49).
 */
export const WORD_ENDING_YAKU = /(?<!新規|助成|育成|達成|作成|完成|形成|構成|結成|養成|編成|造成|醸成)(?<=[成契予解集節要制協条規特確公])約$/;
/** Approximate when written right after the number (and its unit): 100人以上 / 30件未満 / 50人程度 / 20人超. */
const AFTER_NUMBER = /^\s*(以上|未満|程度|前後|超|余り|あまり|強|弱)/;

/** The words of a qualifier, removed from a label ("勉強会 見込み" → "勉強会"). */
export const QUALIFIER_WORDS = /(見込み?値?|見通し|速報値?|暫定値?|未確定|概数|概算|以上|未満|程度|前後)/g;

/**
 * The qualifier of a cell: `main` is its text without notes, `notes` the texts in its parentheses
 * or after ※, `ends` where each number (with its unit) ends in `main`. Provisional wins over
 * approximate ("約1,200（見込み）" is a figure that will change).
 */
export function qualifierOf(main: string, notes: readonly string[], ends: readonly number[]): Qualifier | undefined {
  const all = [main, ...notes];
  if (all.some((s) => PROVISIONAL.test(s))) return 'provisional';
  if (all.some((s) => APPROXIMATE_WORDS.test(s))) return 'approximate';
  if (BEFORE_NUMBER.test(main)) return 'approximate';
  if (ends.some((end) => AFTER_NUMBER.test(main.slice(end)))) return 'approximate';
  return undefined;
}

/**
 * Whether a text alone, with no notes and no number ends, carries a qualifier: `qualifierOf(text, [], [])` is defined exactly
 * when this is true (the same tests in the same order). A test of white space only between the words, so a text and its
 * one-line form (Grid.text) answer alike.
 */
export function qualifiesAlone(text: string): boolean {
  return PROVISIONAL.test(text) || APPROXIMATE_WORDS.test(text) || BEFORE_NUMBER.test(text);
}

/** The Japanese word for a qualifier, as the report's sheets show it beside a figure or a grade. */
export function qualifierWord(q: Qualifier): string {
  return q === 'provisional' ? '暫定値' : '概数';
}
