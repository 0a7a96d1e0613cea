/**
 * The year to date of monthly sheets: the months so far against the annual target pro-rated by
 * month (or the sum of the explicit monthly plan), graded with the workbook's bands and tolerance
 * bands as rate grades (grading/tolerance.ts bandedAttainment), by ratio: a month has no baseline.
 * Rates and percentages (％, 率) are not summed: the latest month is compared with the target as it is.
 */
import { gradeFor } from '../grading/bands';
import type { Rules } from '../grading/rules';
import { bandedAttainment } from '../grading/tolerance';
import { FISCAL_MONTHS, type MonthlySheet } from './monthlySheets';
import type { ImportResult } from './monthlyImport';

export interface MonthlyRating {
  sheet: string;
  name: string;
  id: string | null;
  /** Months counted (4月 … the month asked). */
  months: number;
  yearToDate: number | null;
  target: number | null;
  targetSource: 'plan' | 'prorated' | 'annual' | null;
  attainment: number | null;
  grade: string | null;
  /** The tolerance band (評価設定, ± in the indicator's unit) that counted a year to date short of the target as met; else null. */
  band: number | null;
  /** Months up to the one asked that have no actual. */
  missingMonths: number[];
}

/** The sheets with the month's imported values in place of what the cells held (for the year to date after an import). */
export function withImported(sheets: MonthlySheet[], result: ImportResult): MonthlySheet[] {
  const written = new Map(result.written.map((w) => [`${w.sheet}!${w.cell}`, w.figure]));
  return sheets.map((s) => ({
    ...s,
    indicators: s.indicators.map((ind) => {
      const cell = ind.actualCells.get(result.month);
      if (!cell || !written.has(`${ind.sheet}!${cell}`)) return ind;
      const actuals = new Map(ind.actuals);
      actuals.set(result.month, written.get(`${ind.sheet}!${cell}`)!);
      return { ...ind, actuals };
    }),
  }));
}

/** Months of the fiscal year up to `month` (calendar), in order: 5 → [4, 5]. */
export function monthsUpTo(month: number): number[] {
  return FISCAL_MONTHS.slice(0, FISCAL_MONTHS.indexOf(month) + 1);
}

export function rateMonthly(sheets: MonthlySheet[], month: number, rules: Rules): MonthlyRating[] {
  const upTo = monthsUpTo(month);
  const out: MonthlyRating[] = [];
  for (const s of sheets)
    for (const ind of s.indicators) {
      const missingMonths = upTo.filter((m) => !ind.actuals.has(m));
      const have = upTo.filter((m) => ind.actuals.has(m));
      let ytd: number | null = null;
      if (have.length) ytd = ind.level ? ind.actuals.get(have[have.length - 1])! : have.reduce((sum, m) => sum + ind.actuals.get(m)!, 0);
      let target: number | null = null;
      let source: MonthlyRating['targetSource'] = null;
      if (ind.level) {
        target = ind.annualTarget;
        source = target !== null ? 'annual' : null;
      } else if (ind.plan && upTo.every((m) => ind.plan!.has(m))) {
        target = upTo.reduce((sum, m) => sum + ind.plan!.get(m)!, 0);
        source = 'plan';
      } else if (ind.annualTarget !== null) {
        target = (ind.annualTarget * upTo.length) / 12;
        source = 'prorated';
      }
      const graded =
        ytd !== null && target !== null
          ? bandedAttainment({ name: ind.name, unit: ind.unit, actual: ytd, target, direction: rules.directions[ind.name] ?? ind.direction }, rules, 'ratio')
          : null;
      const att = graded?.attainment ?? null;
      out.push({
        sheet: s.sheet,
        name: ind.name,
        id: ind.id,
        months: upTo.length,
        yearToDate: ytd,
        target,
        targetSource: source,
        attainment: att,
        grade: att === null ? null : gradeFor(att, rules.scale),
        band: graded?.band ?? null,
        missingMonths,
      });
    }
  return out;
}
