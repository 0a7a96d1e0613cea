/**
 * The reader on the thirty-first, blind hold-out set (test/reader/holdout31, issue 16): eleven shapes
 * outside the four known families, written without looking at the reader,
 * the fixture layouts or the earlier hold-outs' workbooks. Each workbook is a test; those not yet
 * read right are listed in HOLDOUT31_FAILING and run as test.failing, so CI stays green and the list
 * stays honest (a fixed reader fails the test until its name is removed here).
 * Figures: node scripts/bench-reader-holdout.js 31.
 */
import { HOLDOUT31, runHoldout31 } from './holdout31';
import { describe as describeFacts, tally } from './score';

/** Not yet read right by the reader as of this commit (what goes wrong: the bench's list of facts). */
const HOLDOUT31_FAILING = new Set<string>([]);

describe('reader hold-out set 31', () => {
  test('it has 10 to 12 workbooks with unique names, and every listed failure is one of them', () => {
    expect(HOLDOUT31.length).toBeGreaterThanOrEqual(10);
    expect(HOLDOUT31.length).toBeLessThanOrEqual(12);
    expect(new Set(HOLDOUT31.map((h) => h.name)).size).toBe(HOLDOUT31.length);
    for (const name of HOLDOUT31_FAILING) expect(HOLDOUT31.map((h) => h.name)).toContain(name);
    for (const h of HOLDOUT31) expect(h.expected.file).toBe(`${h.name}.xlsx`);
  });

  for (const h of HOLDOUT31) {
    const run = HOLDOUT31_FAILING.has(h.name) ? test.failing : test;
    run(h.name, async () => {
      const { report, results } = await runHoldout31(h);
      expect(tally(results).facts).toBeGreaterThan(5);
      expect(describeFacts(results)).toBe('');
      const flagged = report.findings.some((f) => f.code === 'reading-uncertain');
      expect(flagged).toBe((h.expected.guesses ?? []).length > 0);
    });
  }
});
