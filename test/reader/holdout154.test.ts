/**
 * The reader on the 154th, blind hold-out set (test/reader/holdout154, "地籍調査・土地利用・公有地管理"): four workbooks of
 * the four families as these offices write them, four outside the families and three traps, written without looking at
 * the reader, the fixture layouts or the earlier hold-outs' workbooks. Each workbook is a test;
 * those not yet read right are listed in HOLDOUT154_FAILING and run as test.failing, so CI stays green and the list stays
 * honest (a fixed reader fails the test until its name is removed here).
 * Figures: node scripts/bench-reader-holdout.js 154.
 */
import { HOLDOUT154, runHoldout154 } from './holdout154';
import { describe as describeFacts, tally } from './score';

/** Not yet read right by the reader as of this commit (what goes wrong: the bench's list of facts). */
const HOLDOUT154_FAILING = new Set<string>([]);

describe('reader hold-out set 154', () => {
  test('it has 10 to 12 workbooks with unique names, and every listed failure is one of them', () => {
    expect(HOLDOUT154.length).toBeGreaterThanOrEqual(10);
    expect(HOLDOUT154.length).toBeLessThanOrEqual(12);
    expect(new Set(HOLDOUT154.map((h) => h.name)).size).toBe(HOLDOUT154.length);
    for (const name of HOLDOUT154_FAILING) expect(HOLDOUT154.map((h) => h.name)).toContain(name);
    for (const h of HOLDOUT154) expect(h.expected.file).toBe(`${h.name}.xlsx`);
  });

  for (const h of HOLDOUT154) {
    const run = HOLDOUT154_FAILING.has(h.name) ? test.failing : test;
    run(h.name, async () => {
      const { report, results } = await runHoldout154(h);
      expect(tally(results).facts).toBeGreaterThan(5);
      expect(describeFacts(results)).toBe('');
      const flagged = report.findings.some((f) => f.code === 'reading-uncertain');
      expect(flagged).toBe((h.expected.guesses ?? []).length > 0);
    });
  }
});
