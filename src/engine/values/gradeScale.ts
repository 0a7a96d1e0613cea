/**
 * A grade heading followed by the scale it is graded on, written without brackets: 「自己評価⏎A～D」「評価 Ａ～Ｄ」「達成度 S～D」
 * 「評価A・B・C・D」. The scale is a note on the heading, as the bracket of 「自己評価（A～D）」 is (labels.ts takes brackets off):
 * the column holds the grades the office wrote on that scale.
 *
 * Only the letters of a grade scale (A to E, S) joined by range or list marks, closing the heading, and only taken off when
 * the words before them are a grade heading on their own (labels.ts gradeBeforeScale): 「地区A～D」 (districts A to D) or
 * 「区分A-C」 keep the reading they had.
 */

/** The heading's compacted words (lower-cased, as labels.ts matches them) without a scale closing it, or null when none does. */
export function withoutScaleTail(compacted: string): string | null {
  const m = SCALE_TAIL.exec(compacted);
  return m ? m[1] : null;
}

/** Words, then a scale: two or more grade letters, each joined to the next by a range mark (～ 〜 ~ - ー) or a list mark (・ , 、). */
const SCALE_TAIL = /^(.*?[^a-z\d])[a-es](?:[~〜～\-ー・,、][a-es])+$/u;
