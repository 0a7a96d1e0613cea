/**
 * A heading naming the place each row is (「回収拠点」「設置場所」「実施会場」「協力店舗」「相談窓口」「施設」): a table of one row per
 * place, each with its own target and actual (a food drive's collection points, a service's counters), so the places are the
 * rows' names as 「施設名」 would head them (nameOfHeading.ts). Ranked with 「…名」 where no name heading stands
 * (measureNameHeading.ts, which still asks that the cells under it hold names and stand left of the figures). Only a word or
 * two ending with a place noun; never an area (地区, 地域, 圏域: the parts of one indicator, areaWholeColumn.ts) nor who answers
 * for the place (担当, 所管), nor a count or amount of places (設置箇所数, 拠点数: a figure).
 */
import { memo } from '../values/text';

const PLACE = /^[\p{Script=Han}\p{Script=Katakana}ー・]{0,4}(?:拠点|場所|会場|施設|店舗|窓口)$/u;
/** Who answers for the place, or a kind of place (施設種別 reads as a kind: nameOfHeading.ts). */
const NOT_PLACE = /担当|所管|主管|所属|種別|種類|区分/;

/** Whether a heading (brackets and white space taken out) names the place each row is. */
export const isPlaceHeading = memo((text: string): boolean => {
  const t = text
    .normalize('NFKC')
    .replace(/[(（][^()（）]*[)）]/g, '')
    .replace(/\s+/g, '');
  return PLACE.test(t) && !NOT_PLACE.test(t);
});
