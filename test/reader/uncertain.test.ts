/**
 * reading-uncertain appears exactly when a reading rested on a guess (issue 16): on the fixtures
 * the reader reads right, a workbook whose reading needs a guess (the evaluation period inferred
 * from the latest actuals rather than stated on a sheet, in 評価設定 or in a cell's year note) has a
 * reading-uncertain finding, and one that needs none has no such finding. Fixtures not yet read
 * right are left to readerFixtures.test.ts; the not-yet-true ones run as test.failing.
 */
import { FIXTURES } from './fixtures';
import { KNOWN_FAILING, KNOWN_FAILING_UNCERTAIN } from './knownFailing';
import { runFixture } from './run';

describe('reading-uncertain exactly when a reading rested on a guess', () => {
  for (const spec of FIXTURES.filter((f) => !KNOWN_FAILING.has(f.name))) {
    (KNOWN_FAILING_UNCERTAIN.has(spec.name) ? test.failing : test)(spec.name, async () => {
      const { fixture, report } = await runFixture(spec);
      const guesses = fixture.built.expected.guesses ?? [];
      const flagged = report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => `${f.sheet}!${f.cell}: ${f.message}`);
      if (guesses.length) expect({ guesses, flagged: flagged.length > 0 }).toEqual({ guesses, flagged: true });
      else expect(flagged).toEqual([]);
    });
  }
});
