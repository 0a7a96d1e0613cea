/**
 * A note on the sheet saying the grade is taken on the 累計: 「※評価は、計画期間の累計（目標・実績）による達成率で行う。」.
 * Where a year's target｜actual pair (令和5年度（単年度）) stands beside a 累計 pair of the same measures, the 累計 one is
 * otherwise read as derived, the running total of the year's figures (cumulativeTwins.ts); the sheet says the clerk
 * compares the totals, so the 累計 pair is the target and actual read and the single-year pair is left unread instead.
 * Only a note whose subject is the grade (評価は / 達成状況の評価は / 判定は) and whose basis is the 累計 (累計による / 累計で行う /
 * 累計に基づき / 累計を用いて); a note naming the 累計 as a reference (参考) or a note of another subject says nothing.
 */
import type { Grid } from './grid';
import { sheetMentions, textCells } from './sheetTexts';
import { compact, normalizeText } from '../values/text';

/** The note's subject, the grade, after a ※ / 注 mark. */
const SUBJECT = /^(?:※[0-9]*|注[0-9]*[:：]?|\*)?[、,]?(?:評価|判定|達成(?:状況|度|率)の?(?:評価|判定)?)(?:は|については|にあたっては)/;
/** The 累計 as the basis of the grade, right before its basis word (a bracket such as 「（目標・実績）」 between at most). */
const BASIS = /累計(?:値|実績)?[^。、はで]{0,10}?(?:による|により|によって|で行う|で行い|で評価|で判定|で算出|に基づ|を用い|を基に|をもとに)/;
/** The 累計 named as a reference only. */
const REFERENCE = /累計[^。]{0,20}参考|参考[^。]{0,20}累計/;
/**
 * A sentence that denies the 累計 basis or keeps the single year beside it (「累計ではなく」「累計によらず」「…は行わない」「単年度の実績で判定」),
 * or only reports an opinion (「…で行うべきとの意見」): no statement that the grade is taken on the 累計 (review rv52).
 */
const DENIED = /ではなく|によらず|ものではない|行わない|しない|せず|単年度|各年度|べき|意見|要望|検討/;

/** Whether a note's text says the grade is taken on the 累計 figures: one sentence with the grade as its subject says so alone. */
export function isGradedOnCumulativeNote(text: string): boolean {
  return compact(normalizeText(text))
    .split('。')
    .some((t) => SUBJECT.test(t) && BASIS.test(t) && !REFERENCE.test(t) && !DENIED.test(t));
}

/** Whether the sheet carries a note saying its grades are taken on the 累計 figures. */
export function gradedOnCumulative(grid: Grid): boolean {
  if (!sheetMentions(grid, '累計')) return false;
  // Asked of every header the sheet's tables have: the sheet's notes are read once.
  let said = GRADED.get(grid);
  if (said === undefined)
    GRADED.set(grid, (said = textCells(grid).some(({ text }) => text.length <= 200 && text.includes('累計') && isGradedOnCumulativeNote(text))));
  return said;
}

const GRADED = new WeakMap<Grid, boolean>();
