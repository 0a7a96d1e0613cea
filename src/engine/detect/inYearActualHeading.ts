/**
 * An actual column under a year heading whose own heading dates its figure at a day inside that year (令和７年度 merged over
 * 目標 | 実績（6月末現在）): the figure is the year so far, the year still in progress, as a 「令和7年度（6月末現在）」 heading in one
 * cell says (values/periods.ts `inYear`), so that year is no year with actuals to evaluate beside whole ones
 * (actions/evaluationPeriod.ts). The close of the year (3月末) and the reference days counts are taken on (4月1日) date the
 * year's figure; an actual heading naming a year of its own, or a target's heading, is left as read.
 */
import type { Label, Role } from '../values/labels';
import { datesInsideYear, type Period } from '../values/periods';

/** `period` marked in progress when the column is an actual whose own heading (of `labelled`) dates it inside that year. */
export function inYearUnderYear(period: Period, role: Role | 'group' | undefined, labelled: { text: string; label: Label | null }[]): Period {
  if (role !== 'actual' || period.kind !== 'fiscal' || period.inYear) return period;
  const own = labelled.filter((h) => h.label?.role === 'actual' && !h.label.period);
  return own.some((h) => datesInsideYear(h.text, period) && !REFERENCE_DAY.test(h.text.normalize('NFKC').replace(/\s+/g, '')))
    ? { ...period, inYear: true }
    : period;
}

/**
 * Days a year's own figure is taken on rather than the year so far (review rv68): the population's 1月1日, the accounts' close
 * of 5月31日 (出納閉鎖: a tax collection rate's day, 5月末).
 */
const REFERENCE_DAY = /[(（](?:1月1日|5月31日|5月末日?)(?:現在|時点)?[)）]/;
