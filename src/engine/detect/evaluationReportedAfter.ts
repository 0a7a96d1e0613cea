/**
 * An evaluation named by a fiscal year and dated in brackets right after it, in a month after that year has closed:
 * 「令和６年度評価（令和７年５月　雪対策推進会議報告）」. The office reports it once the year is over, so it is the evaluation of
 * that year's figures: the sheet states that year. Dated within the year (「令和6年度評価（令和6年8月 推進会議）」) it may be the
 * evaluation held in that year of the year before's figures, and undated (「令和6年度評価」) or dated further on (two years later,
 * a revision) it states nothing: neither is read here. A 進捗評価 dated within its year is periodStatements.ts's.
 */
import { findPeriod, type Period } from '../values/periods';

/** 評価 (perhaps 施策評価 / 事業評価 …, no more than a few words before it) closing the year's words, then a bracketed date. */
const EVALUATION_DATED = /^\s*の?[^\s、。()（）\d]{0,6}?評価\s*[(（]([^()（）]{3,40})[)）]/;

/** Whether `rest`, the text right after the fiscal year `year`, names its evaluation dated in the next fiscal year. */
export function evaluationReportedAfter(rest: string, year: Period): boolean {
  if (year.kind !== 'fiscal') return false;
  const m = EVALUATION_DATED.exec(rest);
  const d = m ? findPeriod(m[1]) : null;
  return !!d && d.index === 0 && d.period.kind === 'month' && d.period.fiscalYear === year.fiscalYear + 1;
}
