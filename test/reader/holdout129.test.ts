/**
 * The reader on the 129th, blind hold-out set (test/reader/holdout129, "国民健康保険・後期高齢者医療・国民年金"): four
 * workbooks of the four families as these offices write them, four outside the families and three traps, written without
 * looking at the reader, the fixture layouts or the earlier hold-outs' workbooks. Each workbook is a test; those not yet
 * read right are listed in HOLDOUT129_FAILING and run as test.failing, so CI stays green and the list stays honest (a fixed
 * reader fails the test until its name is removed here).
 * Figures: node scripts/bench-reader-holdout.js 129.
 */
import { HOLDOUT129, runHoldout129 } from './holdout129';
import { describe as describeFacts, tally } from './score';

/** Not yet read right by the reader as of this commit (what goes wrong: the bench's list of facts). */
const HOLDOUT129_FAILING = new Set<string>([]);

describe('reader hold-out set 129', () => {
  test('it has 10 to 12 workbooks with unique names, and every listed failure is one of them', () => {
    expect(HOLDOUT129.length).toBeGreaterThanOrEqual(10);
    expect(HOLDOUT129.length).toBeLessThanOrEqual(12);
    expect(new Set(HOLDOUT129.map((h) => h.name)).size).toBe(HOLDOUT129.length);
    for (const name of HOLDOUT129_FAILING) expect(HOLDOUT129.map((h) => h.name)).toContain(name);
    for (const h of HOLDOUT129) expect(h.expected.file).toBe(`${h.name}.xlsx`);
  });

  for (const h of HOLDOUT129) {
    const run = HOLDOUT129_FAILING.has(h.name) ? test.failing : test;
    run(h.name, async () => {
      const { report, results } = await runHoldout129(h);
      expect(tally(results).facts).toBeGreaterThan(5);
      expect(describeFacts(results)).toBe('');
      const flagged = report.findings.some((f) => f.code === 'reading-uncertain');
      expect(flagged).toBe((h.expected.guesses ?? []).length > 0);
    });
  }
});
