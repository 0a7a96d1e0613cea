/**
 * A sheet titled with a fiscal year (「2023年度　スポーツ推進計画　数値目標の進捗」「令和5年度 成果指標」) whose table runs on to a later
 * year only partly filled (a first quarter's 速報 on two rows of six) evaluates the title's year: the later column is work in
 * progress, not the year the sheet reports. Where the later year is as filled as the title's, the workbook has moved on (a title
 * left from the year before) and the latest actual stays the period (evaluationPeriod.ts).
 */
import type { SheetDetection } from '../detect';
import type { RawIndicator } from '../detect/types';
import type { Period } from '../values/periods';

/** The fiscal year a filled actual belongs to, or null (blank, no period). */
function filledYear(p: RawIndicator['actuals'][number]): number | null {
  const period = p.period ?? p.parsed.notePeriod;
  if (!period) return null;
  const s = p.parsed.status;
  return s === 'missing' || s === 'no-target' || s === 'not-applicable' ? null : period.fiscalYear;
}

/** Per fiscal year, how many of the indicators have a filled actual of it. */
function filledRows(indicators: RawIndicator[]): Map<number, number> {
  const rows = new Map<number, number>();
  for (const ind of indicators) {
    const years = new Set(ind.actuals.map(filledYear).filter((y): y is number => y !== null));
    for (const y of years) rows.set(y, (rows.get(y) ?? 0) + 1);
  }
  return rows;
}

/**
 * Whether the sheet's title year `title` is filled on more rows than every later year with an actual (those later years only
 * partly filled); 'none' when the sheet has no actual after the title year.
 */
function laterPartlyFilled(d: SheetDetection, title: number): boolean | 'none' {
  const rows = filledRows(d.indicators);
  const own = rows.get(title) ?? 0;
  const later = [...rows.entries()].filter(([y]) => y > title);
  if (!later.length) return 'none';
  return own > 0 && later.every(([, n]) => n < own);
}

/**
 * The title's fiscal year that wins over `latest` (the latest actual, later than it): a sheet of indicators is titled with it
 * and fills the later years on fewer rows than it, and no sheet fills a year after it as fully. Null when no such title holds.
 */
export function titleYearOverPartlyFilled(detections: SheetDetection[], latest: Period): Period | null {
  const sheets = detections.filter((d) => d.indicators.length);
  const titled = sheets.find((d) => {
    const t = d.meta.titlePeriod;
    return !!t && t.kind === 'fiscal' && t.fiscalYear < latest.fiscalYear && laterPartlyFilled(d, t.fiscalYear) === true;
  });
  if (!titled) return null;
  const title = titled.meta.titlePeriod!;
  return sheets.every((d) => laterPartlyFilled(d, title.fiscalYear) !== false) ? title : null;
}
