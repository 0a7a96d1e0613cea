/**
 * The reader measured on the fixture set the project builds itself (test/reader/fixtures.ts):
 * each workbook written as a real .xlsx, read by the .xlsx adapter, checked by the engine, and
 * every fact compared with what a clerk reads. Fixtures not yet read right are listed in
 * knownFailing.ts and run as test.failing.
 */
import { FIXTURES } from './fixtures';
import { KNOWN_FAILING, KNOWN_FAILING_UNCERTAIN } from './knownFailing';
import { runFixture } from './run';
import { describe as describeFacts, tally } from './score';

describe('reader fixtures', () => {
  test('the set is large and its names are unique', () => {
    expect(FIXTURES.length).toBeGreaterThanOrEqual(30);
    expect(new Set(FIXTURES.map((f) => f.name)).size).toBe(FIXTURES.length);
    for (const name of [...KNOWN_FAILING, ...KNOWN_FAILING_UNCERTAIN]) expect(FIXTURES.map((f) => f.name)).toContain(name);
  });

  for (const spec of FIXTURES) {
    const run = KNOWN_FAILING.has(spec.name) ? test.failing : test;
    run(spec.name, async () => {
      const { results } = await runFixture(spec);
      const t = tally(results);
      expect(t.facts).toBeGreaterThan(5);
      expect(describeFacts(results)).toBe('');
    });
  }
});
