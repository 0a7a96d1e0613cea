/**
 * The reader on the 93rd, blind hold-out set (test/reader/holdout93, "the first year of a new plan"): four workbooks of the
 * four families as cities write them in the year the old plan ends and the new one starts, four outside the families and
 * three traps, written without looking at the reader, the fixture layouts or the earlier hold-outs' workbooks. Each
 * workbook is a test; those not yet read right are listed in HOLDOUT93_FAILING and run as test.failing, so CI stays green
 * and the list stays honest (a fixed reader fails the test until its name is removed here).
 * Figures: node scripts/bench-reader-holdout.js 93.
 */
import { HOLDOUT93, runHoldout93 } from './holdout93';
import { describe as describeFacts, tally } from './score';

/** Not yet read right by the reader as of this commit (what goes wrong: the bench's list of facts). */
const HOLDOUT93_FAILING = new Set<string>([]);

describe('reader hold-out set 93', () => {
  test('it has 10 to 12 workbooks with unique names, and every listed failure is one of them', () => {
    expect(HOLDOUT93.length).toBeGreaterThanOrEqual(10);
    expect(HOLDOUT93.length).toBeLessThanOrEqual(12);
    expect(new Set(HOLDOUT93.map((h) => h.name)).size).toBe(HOLDOUT93.length);
    for (const name of HOLDOUT93_FAILING) expect(HOLDOUT93.map((h) => h.name)).toContain(name);
    for (const h of HOLDOUT93) expect(h.expected.file).toBe(`${h.name}.xlsx`);
  });

  for (const h of HOLDOUT93) {
    const run = HOLDOUT93_FAILING.has(h.name) ? test.failing : test;
    run(h.name, async () => {
      const { report, results } = await runHoldout93(h);
      expect(tally(results).facts).toBeGreaterThan(5);
      expect(describeFacts(results)).toBe('');
      const flagged = report.findings.some((f) => f.code === 'reading-uncertain');
      expect(flagged).toBe((h.expected.guesses ?? []).length > 0);
    });
  }
});
