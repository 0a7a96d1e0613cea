/**
 * The evaluation period of a check: --period (the caller's), 評価設定, what the sheets state, the
 * latest actual, else a title's year (a sheet of indicators', else the workbook's on a cover sheet);
 * and the findings about that choice.
 */
import type { SheetDetection } from '../detect';
import { isForecastBeyondTitle } from '../detect/forecastActuals';
import { perYearTargetOf } from '../grading/evaluate';
import { finding, guessFinding } from '../model/findings';
import { UsageError } from '../model/errors';
import type { Finding, Report } from '../model/report';
import type { Rules } from '../grading/rules';
import { parsePeriodArg, periodOrder, type Period } from '../values/periods';
import { SETTINGS_SHEET } from '../sheets/settingsSheet';
import { titleYearOverPartlyFilled } from './titleYearOverPartial';

export type PeriodSource = NonNullable<Report['period']>['source'];

export interface ChosenPeriod {
  period: Period | null;
  source: PeriodSource;
  findings: Finding[];
}

/**
 * Chooses the period and says what is worth a look about it.
 * @throws UsageError (`period-unreadable`) when the period the caller gave cannot be read.
 */
export function chooseEvaluationPeriod(detections: SheetDetection[], rules: Rules, given: string | null | undefined): ChosenPeriod {
  const findings: Finding[] = [];
  let { period, source } = givenPeriod(given, rules, findings);
  // A period stated on a sheet of indicators, else on another sheet of the workbook (a 表紙 「評価対象年度：令和５年度」).
  // An as-of date's year earlier than both its sheet's title year and the latest actual dates something else (a baseline): not stated.
  const latest = latestActualPeriod(detections)?.fiscalYear;
  const datesOther = (s: SheetDetection['meta']['statedPeriod'], title?: Period) =>
    !!s?.asOf && !!title && latest !== undefined && s.period.fiscalYear < title.fiscalYear && s.period.fiscalYear < latest;
  const statedOn = (withIndicators: boolean) =>
    detections.filter((d) => d.meta.statedPeriod && (!withIndicators || d.indicators.length) && !datesOther(d.meta.statedPeriod, d.meta.titlePeriod));
  const stated = (statedOn(true).length ? statedOn(true) : statedOn(false)).map((d) => d.meta.statedPeriod!);
  if (!period && stated.length) {
    const byYear = new Map<number, number>();
    for (const s of stated) byYear.set(s.period.fiscalYear, (byYear.get(s.period.fiscalYear) ?? 0) + 1);
    const best = [...byYear.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
    period = stated.find((s) => s.period.fiscalYear === best)!.period;
    source = 'sheet';
  }
  if (!period) {
    period = latestActualPeriod(detections);
    source = 'latest-actual';
    // A sheet titled with an earlier year whose later columns are only partly filled reports the title's year (titleYearOverPartial.ts).
    const titled = period && titleYearOverPartlyFilled(detections, period);
    if (titled) {
      period = titled;
      source = 'sheet';
    }
  }
  if (!period) {
    // A title's year: a sheet of indicators first, else the workbook's own title on another sheet (a 表紙 「令和５年度 行政評価調書」).
    const titled = detections.find((d) => d.meta.titlePeriod && d.indicators.length) ?? detections.find((d) => d.meta.titlePeriod);
    if (titled) {
      period = titled.meta.titlePeriod!;
      source = 'sheet';
    }
  }
  if (!period) {
    // The sheet's date of making (「作成日：令和6年4月12日」): the year it reports, a guess naming the date (detect/documentDate.ts).
    const dated = detections.find((d) => d.meta.documentDate && d.indicators.length)?.meta;
    if (dated?.documentDate) {
      period = dated.documentDate.period;
      source = 'sheet';
      findings.push(guessFinding(dated.sheet, null, { reason: 'period-from-date', cells: [dated.documentDate.cell] }, period.label));
    }
  }
  const dropped = detections.filter((d) => datesOther(d.meta.statedPeriod, d.meta.titlePeriod)).map((d) => d.meta.statedPeriod!);
  for (const s of [...stated, ...dropped])
    if (period && s.period.fiscalYear !== period.fiscalYear)
      findings.push(finding('period-differs', { sheet: null, cell: s.cell, indicator: null }, { sheetPeriod: s.period.label, period: period.label }));
  if (period && source === 'latest-actual') findings.push(...laterYearColumns(detections, period));
  return { period, source, findings };
}

/**
 * The period given by the caller (--period) or in 評価設定 (an unreadable one there is a finding).
 * @throws UsageError (`period-unreadable`) when the caller's cannot be read.
 */
function givenPeriod(given: string | null | undefined, rules: Rules, findings: Finding[]): { period: Period | null; source: PeriodSource } {
  if (given) {
    const period = parsePeriodArg(given);
    if (!period) throw new UsageError('period-unreadable', { value: given, exampleYear: 2023 });
    return { period, source: 'option' };
  }
  if (!rules.period) return { period: null, source: 'latest-actual' };
  const period = parsePeriodArg(rules.period);
  if (!period) findings.push(finding('settings-invalid', { sheet: SETTINGS_SHEET, cell: null, indicator: null }, { variant: 'period', value: rules.period }));
  return { period, source: 'settings' };
}

/** The latest period any actual (filled, not 該当なし) belongs to. */
function latestActualPeriod(detections: SheetDetection[]): Period | null {
  let period: Period | null = null;
  for (const d of detections) {
    const filled = d.indicators.flatMap((ind) => ind.actuals.filter((p) => filledPeriod(p) && !isForecastBeyondTitle(d.meta, p)));
    // 「令和6年度（6月末現在）」 beside whole years: the year in progress is no year with actuals to evaluate (values/periods.ts inYear),
    // unless the sheet's title or statement names that very year (a mid-year progress report of it).
    const own = (d.meta.statedPeriod?.period ?? d.meta.titlePeriod)?.fiscalYear;
    const whole = filled.filter((p) => !filledPeriod(p)!.inYear || filledPeriod(p)!.fiscalYear === own);
    for (const p of whole.length ? whole : filled) {
      const pp = filledPeriod(p)!;
      if (!period || periodOrder(pp) > periodOrder(period)) period = pp;
    }
  }
  return period;
}

/** The period of a filled actual (not blank, 未設定 or 該当なし), else null. */
function filledPeriod(p: SheetDetection['indicators'][number]['actuals'][number]): Period | null {
  const s = p.parsed.status;
  return s === 'missing' || s === 'no-target' || s === 'not-applicable' ? null : (p.period ?? p.parsed.notePeriod ?? null);
}

/**
 * The period was inferred from the latest actuals, but a table has a later year's target and actual
 * columns with every actual still blank (a workbook rolled to that year, not filled yet): the
 * inference is a guess worth a look, named by the cells; unless the sheet's title names that year.
 */
function laterYearColumns(detections: SheetDetection[], period: Period): Finding[] {
  const out: Finding[] = [];
  for (const d of detections) {
    // A title that names the inferred year (「数値目標の進捗（R5年度）」) settles it: a rolled workbook's title names the later year.
    if (d.meta.titlePeriod?.fiscalYear === period.fiscalYear) continue;
    const rows = d.indicators.filter((i) => i.layout === 'table');
    const later = new Map<number, { target: string; actual: string; label: string; filled: boolean }>();
    for (const ind of rows) {
      for (const t of ind.targets) {
        if (!t.period || t.period.fiscalYear <= period.fiscalYear || !perYearTargetOf(ind, t, period)) continue;
        const a = ind.actuals.find((x) => x.period?.fiscalYear === t.period!.fiscalYear)!;
        const seen = later.get(t.period.fiscalYear) ?? { target: t.cell, actual: a.cell, label: t.period.label, filled: false };
        seen.filled ||= a.parsed.status !== 'missing';
        later.set(t.period.fiscalYear, seen);
      }
    }
    for (const l of later.values())
      if (!l.filled)
        out.push(
          finding(
            'reading-uncertain',
            { sheet: d.meta.sheet, cell: l.target, indicator: null },
            { period: period.label, sheet: d.meta.sheet, label: l.label, target: l.target, actual: l.actual },
          ),
        );
  }
  return out;
}
