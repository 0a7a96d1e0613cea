/**
 * A heading's bracket writing how a count is taken before its unit (「認知症サポーター養成数（単年度・人）」「参加者数（延べ・人）」
 * 「（年間、件）」): the unit is the part after the mark, the qualifier says only that the figure is the year's own or counts
 * repeat visits, so the bracket is the unit's, off the name. Guards: only these qualifiers (単年度, 年度, 年間, 各年度, 延べ, 延,
 * 実, and a moment or a way of counting: 年度末, 月末現在, 現在, 実人数, 延べ人数 — review rv83) before ・ / 、 / ，, and the part after it must be a unit alone (units.ts bracketUnit); a 累計 qualifier is left in
 * the name, where it marks the figure cumulative.
 */
const QUALIFIED = /^(?:単年度|年度|年間|各年度|延べ|延|実|(?:各?年度|月)末(?:現在)?|現在|実人数|延べ?人数)\s*[・、,]\s*(\S.{0,7})$/;

/** The unit part of a qualified bracket (「単年度・人」 → 「人」), or null when the bracket is no such one. */
export function qualifiedUnitPart(inner: string): string | null {
  return QUALIFIED.exec(inner.trim())?.[1] ?? null;
}
