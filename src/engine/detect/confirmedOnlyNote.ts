/**
 * A note on the sheet saying the evaluation is made on the confirmed figure (「※実績見込は予算編成時（11月）の見込値。評価は確定値
 * により行う。」「評価は確定値による。」) or that the forecast is not used for it (「見込値は評価に用いない」): where the year's 確定値
 * (or 実績（確定）) cell is not out yet (集計中, 未公表, blank), the 見込 / 速報値 beside it never stands in for it — the year's
 * actual is pending, no grade (provisionalTwins.ts). Without such a note a 確定値 not out yet still hands over to the early figure
 * beside it, provisional (a 速報値 | 確定値 pair). A note denying it (「確定値によらず」「確定値ではなく見込値で評価」) states nothing,
 * and so does a long passage (over 200 characters: prose, not a note on the figures).
 */
import { normalizeText } from '../values/text';
import type { Grid } from './grid';
import { sheetMentionsAny, textCells } from './sheetTexts';

/** The evaluation made on the confirmed figure: 評価は確定値により行う / 確定値による / 確定値で判定する / 確定した数値に基づき. */
const ON_CONFIRMED = /(評価|判定)(は|について(は)?)?[^。]{0,4}?確定(値|した数値|実績)(に(より|よる|よって|基づ)|で|を(用い|もと))/;
/** The forecast or early figure refused for judging: 「見込値は評価に用いない」「速報値は判定の対象外」. */
const EARLY_REFUSED = /(見込|速報|暫定)[^。]{0,12}?(評価|判定)[^。]{0,6}?(用いない|使用しない|含めない|行わない|対象外)/;
/** A note turning the other way: 「確定値によらず」「確定値ではなく」「確定値以外」. */
const DENIED = /確定(値|した数値|実績)(に(よらず|よらない)|ではなく|でなく|以外)/;

/** Whether a text says the sheet's figures are judged on the confirmed figure only (never on a 見込 / 速報値 beside it). */
export function saysConfirmedOnly(text: string): boolean {
  const t = normalizeText(text).replace(/\s+/g, '');
  return t.length <= 200 && (ON_CONFIRMED.test(t) || EARLY_REFUSED.test(t)) && !DENIED.test(t);
}

/** Per grid: whether a note on the sheet says it judges on the confirmed figure only (read once per sheet). */
const KNOWN = new WeakMap<Grid, boolean>();

/** Whether the sheet holds a note saying its figures are judged on the confirmed figure only. */
export function judgesOnConfirmed(grid: Grid): boolean {
  let known = KNOWN.get(grid);
  if (known === undefined) {
    known = sheetMentionsAny(grid, ['確定', '見込', '速報', '暫定']) && textCells(grid).some(({ text }) => saysConfirmedOnly(text));
    KNOWN.set(grid, known);
  }
  return known;
}
