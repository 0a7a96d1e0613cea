/**
 * A remark saying the figure beside it was made final: 「確定値に更新（速報値 296）」「確定値へ修正」「確定値に差替え」「確定済み」.
 * It quotes the early figure the final one replaced, so its 速報値 is about that old figure, never this one: the figure is
 * final. A remark saying a figure will be made final later or must be (「確定値に更新予定」「確定次第更新」「確定値に更新要」「9月に確定値に更新」
 * 「確定値に修正後再評価」) says nothing of the kind.
 */
import { normalizeText } from './text';

const MADE_FINAL = /確定値?(?:に|へ)(?:更新|修正|差し?替え?|置き?換え?)|確定済/;
/** The same words about what is still to come or still to do: 予定, 次第, 後に, 要, 必要, こと, 修正後, 9月に. */
const NOT_YET = /予定|次第|後(?:に|再|、|で)|するまで|未確定|要|こと|[0-9０-９]+月(?:に|中|頃|ごろ|末)|再評価|見込/;

/** Whether a remark says the figure beside it was made final (replacing an early one). */
export function saysMadeFinal(remark: string): boolean {
  const t = normalizeText(remark).replace(/\s+/g, '');
  return MADE_FINAL.test(t) && !NOT_YET.test(t);
}

/** A bracket saying when the figure will be made final: 「（9月に確定値に更新）」「（確定値は11月公表予定）」. */
const FINAL_LATER_NOTE = /[(（]([^()（）]*確定[^()（）]*)[)）]/g;

/**
 * The remark without its brackets saying when the figure will be made final (「令和5年度実績は速報値（9月に確定値に更新）」 →
 * 「令和5年度実績は速報値」): such a bracket says what is still to come, nothing more of the figure.
 */
export function withoutFinalLaterNote(remark: string): string {
  return remark.replace(FINAL_LATER_NOTE, (all, inner: string) => (NOT_YET.test(inner) && !saysMadeFinal(inner) ? '' : all));
}
