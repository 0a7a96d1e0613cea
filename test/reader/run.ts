/** Reads fixture bytes the way the command line does (the real .xlsx reader) and scores the engine's check against the expected facts. */
import { loadWorkbook } from '../../src/adapters/xlsx/openWorkbook';
import { openZipNative } from '../../src/adapters/xlsx/zipReader';
import { checkWorkbook } from '../../src/engine/actions/check';
import type { Report } from '../../src/engine/model/report';
import { buildFixture, fixtureBytes, type Fixture } from './build';
import type { ExpectedWorkbook, FixtureSpec } from './model';
import { scoreReport, type FactResult } from './score';

export async function checkBytes(bytes: Uint8Array, fileName: string): Promise<Report> {
  const loaded = await loadWorkbook(bytes, fileName, openZipNative);
  return checkWorkbook(loaded.snapshot, { file: fileName }).report;
}

export interface FixtureRun {
  fixture: Fixture;
  report: Report;
  results: FactResult[];
}

export async function runFixture(spec: FixtureSpec): Promise<FixtureRun> {
  const fixture = buildFixture(spec);
  const { bytes, expected } = await fixtureBytes(fixture.built);
  const report = await checkBytes(bytes, expected.file);
  return { fixture, report, results: scoreReport(expected, report) };
}

export async function runExpected(bytes: Uint8Array, expected: ExpectedWorkbook): Promise<{ report: Report; results: FactResult[] }> {
  const report = await checkBytes(bytes, expected.file);
  return { report, results: scoreReport(expected, report) };
}
