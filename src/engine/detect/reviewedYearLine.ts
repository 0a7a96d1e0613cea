/**
 * A line under a sheet's title naming a year's project and the review of it, with the date it was written in brackets:
 * 「令和5年度事業　事後検証資料（令和6年6月　商工観光課）」「R5年度事業 実績報告（令和6年5月）」. The year qualifying 事業 is the year
 * whose project is reviewed, the figures' year (sheetMeta.ts `titlePeriod`), as a bare 「令和５年度評価」 line is (titleYearLine.ts);
 * the bracket's date is when the paper was written, no period of the figures.
 * Guards: the year must open the line and be a fiscal year followed by 事業 and only words of a review (検証, 評価, 実績報告 …, with
 * 資料 / 報告書 / 調書); a bracket must hold a month of a year (an office after it allowed) that falls after the year's end
 * (written once the year closed): a month inside the year, another word (予算, 目標, 計画) or a second year makes it no such line.
 */
import { compactForPeriod, findPeriod, type Period } from '../values/periods';

/** 事業 and the review's words after the year: 事業 事後検証資料, 事業の実績報告, 事業評価調書. */
const REVIEW = /^(?:実施)?事業の?(?:事後検証|効果検証|検証|事後評価|評価|実績報告|成果報告|実績)(?:資料|結果|報告書?|調書|シート)?$/;
/** The closing bracket: 「（令和6年6月　商工観光課）」「(2024年6月)」. */
const WRITTEN = /[(（]([^()（）]+)[)）]$/;
/** An office after the date in the bracket. */
const OFFICE = /^(?:[^\s・、]{1,12}(?:課|室|係|局|部|センター|事務所))?(?:作成)?$/;
/** What may close the date before the office: its day, 末, 現在 / 時点 (「令和6年6月30日」「令和6年5月末現在」「6月1日時点」). */
const DATE_TAIL = /^(?:[0-9]{1,2}日)?末?(?:現在|時点)?/;

/** The month the bracket dates the paper to (its day, 末, 現在 and an office after it allowed), as months since year 0, or null. */
function writtenMonth(inner: string): number | null {
  const t = compactForPeriod(inner);
  const p = findPeriod(t);
  if (!p || p.index !== 0 || p.period.kind !== 'month' || !p.period.month) return null;
  const rest = t.slice(p.length);
  if (!OFFICE.test(rest.slice(DATE_TAIL.exec(rest)![0].length))) return null;
  return p.period.year * 12 + p.period.month;
}

/** Whether the bracket holds a month (and perhaps an office) after the fiscal year's end. */
function writtenAfter(inner: string, year: Period): boolean {
  const month = writtenMonth(inner);
  return month !== null && month >= (year.fiscalYear + 1) * 12 + 4;
}

/** The fiscal year whose project the line says is reviewed, or null. */
export function reviewedYearLine(text: string): Period | null {
  const t = compactForPeriod(text);
  const p = findPeriod(t);
  if (!p || p.index !== 0 || p.period.kind !== 'fiscal') return null;
  const rest = t.slice(p.length);
  const bracket = WRITTEN.exec(rest);
  const words = bracket ? rest.slice(0, bracket.index) : rest;
  if (!REVIEW.test(words)) return null;
  return !bracket || writtenAfter(bracket[1], p.period) ? p.period : null;
}

/**
 * The reviewed year when the bracket dates the paper inside the next fiscal year (「令和5年度事業　事後検証資料（令和6年6月30日）」):
 * the next year had not closed when it was written, so its figures beside the reviewed year's are at most partial, and the line
 * states the sheet's period as a 評価対象年度 line would. A paper written later (令和7年6月 on 令和5年度事業) or undated states none.
 */
export function reviewedYearStated(text: string): Period | null {
  const year = reviewedYearLine(text);
  const bracket = year && WRITTEN.exec(compactForPeriod(text));
  const month = bracket ? writtenMonth(bracket[1]) : null;
  return year && month !== null && month < (year.fiscalYear + 2) * 12 + 4 ? year : null;
}
