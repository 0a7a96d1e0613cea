/**
 * The groups of respondents a survey's figure is split into beside their whole: by sex (全体 | 男性 | 女性 | その他・無回答) or
 * by age (全体 | 18～29歳 | 30歳代 | … | 70歳以上). The whole (全体, 総数, 計, 男女計) is the figure; each group is a part of it,
 * no rival figure of the same measure. A brief note in brackets after the word (「女性（n=629）」) does not change it.
 */
import { compact } from './text';

/** The whole of the respondents: 全体, 総数, 計, 合計, 男女計, 全年齢, 回答者全体. */
const WHOLE = /^(全体|総数|総計|合計|計|男女計|全年齢|(回答者)?全体|全回答者)(の?値)?$/;

/** A sex: 男性, 女性, 男, 女, or the rest of the respondents (その他, 無回答, その他・無回答, 回答しない). */
const SEX = /^(男性?|女性?|その他|無回答|その他[・/]?無回答|回答しない|答えたくない|不明)$/;

/** An age group: 18～29歳, 30歳代, 20代, 70歳以上, 65歳以上, 15歳未満, 10・20歳代. */
const AGE = /^([0-9]{1,3}[~〜・-])?[0-9]{1,3}(歳|才)?(代|以上|以下|未満)?$/;

/** Whether a sub-heading is a group of respondents ('part'), their whole ('whole') or neither (null). */
export function respondentGroupOrWhole(text: string): 'part' | 'whole' | null {
  const t = compact(text).replace(/[(（][^()（）]*[)）]/g, '');
  if (!t) return null;
  if (WHOLE.test(t)) return 'whole';
  if (SEX.test(t)) return 'part';
  // An age needs its counter: a bare 18 or 2023 is a figure or a year, never an age group.
  return AGE.test(t) && /[歳才代]/.test(t) ? 'part' : null;
}
