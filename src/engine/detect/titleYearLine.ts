/**
 * A line of its own under a sheet's title naming the year and what of it is reported: 「【令和５年度評価】」「（R5年度実績）」
 * 「令和5年度進捗状況」. Like a bare 「（令和５年度）」 there, it is the title's year (sheetMeta.ts `titlePeriod`): it bears out
 * a period taken from the latest actuals when they agree, and is the period when nothing else gives one. Any other word
 * beside the year (「令和5年度予算」「令和6年度目標」「令和５年度評価基準」) makes it no such line.
 */
import { compactForPeriod, findPeriod, type Period } from '../values/periods';
import { yearOfficeLine } from './yearOfficeLine';

/** What the rest of the line may say: the year's evaluation, results or progress, in brackets or not. */
const REPORTED = /^[【[(「]?(?:年度)?の?(?:評価|実績|進捗|進捗状況|進行管理|進捗管理|実績評価|評価分|実績分)?[】\])」]?$/;

/** The fiscal year the line names, or null when it says anything more (but the office writing it: yearOfficeLine.ts). */
export function titleYearLine(text: string): Period | null {
  const t = compactForPeriod(text);
  const p = findPeriod(t);
  if (!p || p.period.kind !== 'fiscal') return null;
  return REPORTED.test(t.slice(0, p.index) + t.slice(p.index + p.length)) ? p.period : yearOfficeLine(text);
}
