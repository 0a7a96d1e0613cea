/**
 * Last year's rating labelled on the rating's own line: 「施策の評価 | B | 前年度 | B」. A clerk reads the grade
 * after 前年度 / 昨年度 / 前回 (optionally 「前年度評価」「前年度の評価」) as last year's, not as a second grade of the row.
 */
import { compact, normalizeText } from '../values/text';

const PREVIOUS = /^[(（]?(?:前年度|昨年度|前回|前期|前年)(?:の?(?:自己)?(?:評価|達成状況|判定))?[)）]?[:：]?$/;

/** Whether a cell's text labels the grade after it as last year's. */
export function isPreviousRatingLabel(text: string): boolean {
  return PREVIOUS.test(compact(normalizeText(text)));
}

/** Last year's grade labelled so inside its brackets, 「（前年度：B）」「（前年度評価B）」: the grade without its label. */
export function withoutPreviousLabel(text: string): string {
  return text.replace(/^(?:前年度|前年|昨年度|前回)(?:の?評価)?[:：]?/, '');
}
