/**
 * The words of a legend entry that only state its attainment band, not what the mark means (markLegend.ts): the band itself
 * (「80％以上」「60％未満」), the ratio it is of (達成率, 達成度, 進捗率, 割合), and the target the percentage is taken of,
 * 「目標値の80％以上」「目標の60％未満」「中間目標に対して80％以上」: 「○ 目標値の80％以上」 is a bare criterion as 「○：80％以上」
 * is, and says no grade. Words left over (達成, 概ね順調, やや遅れ) name the mark's meaning.
 */

/** The bands and the words naming the measure a band is of. */
const BAND_WORDS = /\d+(?:\.\d+)?\s*[%％]\s*(?:以上|未満)|達成率|達成度|進捗率|割合/g;
/** The target a percentage is of, right before it: 目標値の, 目標の, 中間目標値に対して, 最終目標に対する. */
const TARGET_OF = /(?:中間|最終|年度)?目標値?(?:の|に対し(?:て|ての)?|に対する)(?=\s*\d)/g;

/** The entry's text without the words that only state its band. */
export function withoutBandWords(segment: string): string {
  return segment.replace(TARGET_OF, '').replace(BAND_WORDS, '');
}
