/** Turns a fixture spec into .xlsx bytes and its expected facts, through the builder of its layout kind. */
import { xlsxBytes } from './grid';
import { kpiPeriods, planIndicators, policyBlocks, projectTable } from './layouts/families';
import { clutteredTable } from './layouts/cluttered';
import { labelValue, projectPerSheet } from './layouts/forms';
import { cumulativeAndRates, sideBySide, splitSheets } from './layouts/multiTable';
import { measureOverPeriods, periodOverMeasures, yearsAsRows } from './layouts/periodTables';
import { measurePairTable } from './layouts/measurePairs';
import type { BuiltWorkbook, ExpectedWorkbook, FixtureSpec, LayoutKind, LayoutOptions } from './model';
import { rng, type Rng } from './prng';

type Builder = (r: Rng, o: LayoutOptions) => BuiltWorkbook;

const BUILDERS: Partial<Record<LayoutKind, Builder>> = {
  'A-policy-tiled': (r, o) => policyBlocks(r, o, 'tiled'),
  'A-policy-stacked': (r, o) => policyBlocks(r, o, 'stacked'),
  'B-project-table': projectTable,
  'C-kpi-periods': kpiPeriods,
  'D-plan-indicators': planIndicators,
  'N-measure-over-periods': measureOverPeriods,
  'N-period-over-measures': periodOverMeasures,
  'N-years-as-rows': (r, o) => yearsAsRows(r, o),
  'N-label-value': labelValue,
  'N-project-per-sheet': projectPerSheet,
  'N-split-sheets': (r, o) => splitSheets(r, o),
  'N-cumulative-and-rates': cumulativeAndRates,
  'N-side-by-side': sideBySide,
  'N-cluttered-table': clutteredTable,
  'N-measure-pairs': measurePairTable,
};

export function registerBuilder(kind: LayoutKind, builder: Builder): void {
  BUILDERS[kind] = builder;
}

export interface Fixture {
  spec: FixtureSpec;
  built: BuiltWorkbook;
}

export function buildFixture(spec: FixtureSpec): Fixture {
  const builder = BUILDERS[spec.kind];
  if (!builder) throw new Error(`no builder for layout kind ${spec.kind}`);
  const built = builder(rng(spec.seed), spec.options ?? {});
  built.expected.file = `${spec.name}.xlsx`;
  return { spec, built };
}

export async function fixtureBytes(built: BuiltWorkbook): Promise<{ bytes: Uint8Array; expected: ExpectedWorkbook }> {
  return { bytes: await xlsxBytes(built.grids), expected: built.expected };
}
