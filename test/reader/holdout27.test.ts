/**
 * The reader on the twenty-seventh, blind hold-out set (test/reader/holdout27, issue 16): eleven shapes
 * outside the four known families, written without looking at the reader,
 * the fixture layouts or the earlier hold-outs' workbooks. Each workbook is a test; those not yet
 * read right are listed in HOLDOUT27_FAILING and run as test.failing, so CI stays green and the list
 * stays honest (a fixed reader fails the test until its name is removed here).
 * Figures: node scripts/bench-reader-holdout.js 27.
 */
import { HOLDOUT27, runHoldout27 } from './holdout27';
import { describe as describeFacts, tally } from './score';

/** Not yet read right by the reader as of this commit (what goes wrong: the bench's list of facts). */
const HOLDOUT27_FAILING = new Set<string>([]);

describe('reader hold-out set 27', () => {
  test('it has 10 to 12 workbooks with unique names, and every listed failure is one of them', () => {
    expect(HOLDOUT27.length).toBeGreaterThanOrEqual(10);
    expect(HOLDOUT27.length).toBeLessThanOrEqual(12);
    expect(new Set(HOLDOUT27.map((h) => h.name)).size).toBe(HOLDOUT27.length);
    for (const name of HOLDOUT27_FAILING) expect(HOLDOUT27.map((h) => h.name)).toContain(name);
    for (const h of HOLDOUT27) expect(h.expected.file).toBe(`${h.name}.xlsx`);
  });

  for (const h of HOLDOUT27) {
    const run = HOLDOUT27_FAILING.has(h.name) ? test.failing : test;
    run(h.name, async () => {
      const { report, results } = await runHoldout27(h);
      expect(tally(results).facts).toBeGreaterThan(5);
      expect(describeFacts(results)).toBe('');
      const flagged = report.findings.some((f) => f.code === 'reading-uncertain');
      expect(flagged).toBe((h.expected.guesses ?? []).length > 0);
    });
  }
});
