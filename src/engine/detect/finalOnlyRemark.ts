/**
 * An indicator's remark saying its yearly targets are not set and the final target alone is (「期待値は設定せず最終目標値のみ。」
 * 「各年度の目標値は定めず、計画目標値のみ設定」): the same statement as 「各年度の期待値は設定していない」 (finalTargetNote.ts
 * applyOwnRemarks, which checks the rest: the final target its only figure, nothing said of the years between, no other subject).
 * A remark naming someone else's final target (国の最終目標) is not this one.
 */

const FINAL_ONLY =
  /(?:期待値|目標値?|計画値|中間目標値?)は?(?:設定せず|設定しない|設定していない|設けず|定めず|定めない)[、,]?(?:計画の?|本市の?)?(?:最終目標値?|目標年度の目標値?|計画目標値?)のみ/;

/** The match of such a remark in a normalised text without white space, or null. */
export function finalOnlyRemark(t: string): RegExpExecArray | null {
  return FINAL_ONLY.exec(t);
}
