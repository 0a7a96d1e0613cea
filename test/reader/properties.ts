/**
 * Layout properties: the same indicators laid out otherwise (transposed, moved elsewhere on the
 * sheet, split across a 目標値 and a 実績値 sheet) must give the same facts as the plain table.
 */
import { fixtureBytes } from './build';
import { makeSeries, yearsFrom } from './indicatorPool';
import { splitSheets } from './layouts/multiTable';
import { periodColumns, yearsAsRows } from './layouts/periodTables';
import type { BuiltWorkbook } from './model';
import { rng } from './prng';
import { checkBytes } from './run';
import type { Report } from '../../src/engine/model/report';

export type Variant = 'transposed' | 'moved' | 'split';
export const VARIANTS: Variant[] = ['transposed', 'moved', 'split'];
export const PROPERTY_SEEDS = [11, 12, 13, 14, 15, 16, 17, 18];

function layouts(seed: number): Record<'base' | Variant, BuiltWorkbook> {
  const r = rng(seed);
  const years = yearsFrom(2020, 5);
  const evalIndex = 3;
  const series = makeSeries(r, { count: 4, years, lastActual: evalIndex });
  const given = { series, evalIndex, sheet: 'KPI' };
  return {
    base: periodColumns({}, given),
    transposed: yearsAsRows(r, {}, given),
    moved: periodColumns({ at: { row: r.int(4, 12), col: r.int(3, 9) } }, given),
    split: splitSheets(r, { joinBy: 'id' }, given),
  };
}

const unit = (u: string | null | undefined) => (u ? u.normalize('NFKC') : null);

/** The facts of a report that do not depend on where they were: per indicator name, unit, target, actual, status, direction, grade. */
export function factsOf(report: Report): unknown {
  return {
    fiscalYear: report.period?.fiscalYear ?? null,
    indicators: report.indicators
      .map((i) => [i.name, unit(i.unit), i.target, i.actual, i.actualStatus, i.direction, i.grade])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  };
}

/** The facts read from the plain table, from the variant, and what a clerk reads (the expected facts, in the same shape). */
export async function propertyRun(seed: number, variant: Variant): Promise<{ base: unknown; variant: unknown; expected: unknown }> {
  const l = layouts(seed);
  const read = async (b: BuiltWorkbook, name: string) => {
    const { bytes } = await fixtureBytes(b);
    return factsOf(await checkBytes(bytes, `${name}.xlsx`));
  };
  const e = l.base.expected;
  const expected = {
    fiscalYear: e.fiscalYear,
    indicators: e.indicators
      .map((i) => [i.name, unit(i.unit), i.target, i.actual ?? null, i.actualStatus ?? 'value', i.direction, i.grade])
      .sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
  };
  return { base: await read(l.base, `base-${seed}`), variant: await read(l[variant], `${variant}-${seed}`), expected };
}
