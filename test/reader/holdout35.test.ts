/**
 * The reader on the 35th, blind hold-out set (test/reader/holdout35, issue 16): TRAP workbooks in the four known
 * families as other offices vary them and in six other shapes, written without looking at the reader,
 * the fixture layouts or the earlier hold-outs' workbooks. Each workbook is a test; those not yet
 * read right are listed in HOLDOUT35_FAILING and run as test.failing, so CI stays green and the list
 * stays honest (a fixed reader fails the test until its name is removed here).
 * Figures: node scripts/bench-reader-holdout.js 35.
 */
import { HOLDOUT35, runHoldout35 } from './holdout35';
import { describe as describeFacts, tally } from './score';

/** Not yet read right by the reader as of this commit (what goes wrong: the bench's list of facts). */
const HOLDOUT35_FAILING = new Set<string>([]);

describe('reader hold-out set 35', () => {
  test('it has 10 to 12 workbooks with unique names, and every listed failure is one of them', () => {
    expect(HOLDOUT35.length).toBeGreaterThanOrEqual(10);
    expect(HOLDOUT35.length).toBeLessThanOrEqual(12);
    expect(new Set(HOLDOUT35.map((h) => h.name)).size).toBe(HOLDOUT35.length);
    for (const name of HOLDOUT35_FAILING) expect(HOLDOUT35.map((h) => h.name)).toContain(name);
    for (const h of HOLDOUT35) expect(h.expected.file).toBe(`${h.name}.xlsx`);
  });

  for (const h of HOLDOUT35) {
    const run = HOLDOUT35_FAILING.has(h.name) ? test.failing : test;
    run(h.name, async () => {
      const { report, results } = await runHoldout35(h);
      expect(tally(results).facts).toBeGreaterThan(5);
      expect(describeFacts(results)).toBe('');
      const flagged = report.findings.some((f) => f.code === 'reading-uncertain');
      expect(flagged).toBe((h.expected.guesses ?? []).length > 0);
    });
  }
});
